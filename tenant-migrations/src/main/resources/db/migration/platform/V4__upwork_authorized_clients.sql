-- Upwork OAuth tokens of signed-in people, sealed with Tink (the columns hold ciphertext only).
create table upwork_authorized_clients (
    registration_id      varchar(40)  not null,
    principal_name       varchar(200) not null,
    access_token_sealed  text         not null,
    access_issued_at     timestamptz,
    access_expires_at    timestamptz,
    refresh_token_sealed text,
    refresh_issued_at    timestamptz,
    updated_at           timestamptz  not null default now(),
    primary key (registration_id, principal_name)
);
