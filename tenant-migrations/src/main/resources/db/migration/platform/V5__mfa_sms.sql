-- SMS as a second factor: one phone per person, sealed (Tink, bound to the person), usable once a
-- code sent to it was entered (verified_at). One-time codes live in Redis, not here.
create table mfa_sms_phones (
    user_id      uuid primary key references users (id) on delete cascade,
    phone_sealed text        not null,
    verified_at  timestamptz,
    created_at   timestamptz not null default now(),
    version      bigint      not null default 0
);
