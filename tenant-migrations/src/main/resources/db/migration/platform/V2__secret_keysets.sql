-- Tink keysets that seal secrets at rest (Upwork tokens, TOTP secrets). Each keyset is itself
-- encrypted with the master key from configuration; no key material is stored in the clear.
-- `version` guards rotation (optimistic locking) and tells other replicas to reload.

create table secret_keysets (
    id               uuid primary key default gen_random_uuid(),
    name             varchar(100) not null unique,
    encrypted_keyset bytea        not null,
    created_at       timestamptz  not null default now(),
    rotated_at       timestamptz,
    version          bigint       not null default 0
);
