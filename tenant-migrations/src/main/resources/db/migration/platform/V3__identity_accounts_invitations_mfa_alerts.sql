-- Identity: linked sign-in identities, e-mail verification and password reset, invitations, MFA,
-- agency security policy, known devices and security alerts.

alter table users
    add column email_verified_at timestamptz,
    add column locked_at         timestamptz,
    add column deleted_at        timestamptz;

-- Admin-created and demo accounts were vouched for by whoever created them.
update users set email_verified_at = created_at where email_verified_at is null;

-- "Sign in with X": which external account is which person.
create table user_identities (
    id         uuid primary key,
    user_id    uuid         not null references users (id) on delete cascade,
    provider   varchar(40)  not null,
    subject    varchar(200) not null,
    email      varchar(320),
    created_at timestamptz  not null default now(),
    unique (provider, subject)
);
create index user_identities_user_idx on user_identities (user_id);

-- Single-use links sent by e-mail (verify an address, reset a password). Only hashes are stored.
create table email_tokens (
    id         uuid primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    purpose    varchar(20) not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    token_hash varchar(64) not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);

create table invitations (
    id          uuid primary key,
    tenant_id   uuid         not null references tenants (id) on delete cascade,
    email       varchar(320) not null,
    role        varchar(20)  not null check (role in ('OWNER', 'MANAGER', 'FREELANCER', 'VIEWER')),
    token_hash  varchar(64)  not null unique,
    invited_by  uuid         references users (id) on delete set null,
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    accepted_at timestamptz,
    accepted_by uuid         references users (id) on delete set null,
    revoked_at  timestamptz
);
create index invitations_tenant_idx on invitations (tenant_id, created_at desc);
create unique index invitations_one_open_per_email
    on invitations (tenant_id, lower(email)) where accepted_at is null and revoked_at is null;

create table mfa_credentials (
    user_id            uuid primary key references users (id) on delete cascade,
    totp_secret_sealed text        not null,
    confirmed_at       timestamptz,
    last_used_step     bigint      not null default 0,
    backup_code_hashes text[]      not null default '{}',
    created_at         timestamptz not null default now(),
    version            bigint      not null default 0
);

create table agency_security_policies (
    tenant_id    uuid primary key references tenants (id) on delete cascade,
    mfa_required boolean     not null default false,
    updated_at   timestamptz not null default now()
);

create table known_devices (
    user_id     uuid        not null references users (id) on delete cascade,
    device_hash varchar(64) not null,
    user_agent  varchar(512),
    first_seen  timestamptz not null default now(),
    last_seen   timestamptz not null default now(),
    primary key (user_id, device_hash)
);

create table security_alerts (
    id              uuid primary key,
    tenant_id       uuid         references tenants (id) on delete cascade,
    user_id         uuid         references users (id) on delete set null,
    kind            varchar(40)  not null,
    severity        varchar(10)  not null check (severity in ('INFO', 'WARNING', 'CRITICAL')),
    summary         varchar(500) not null,
    ip              varchar(64),
    details         jsonb,
    created_at      timestamptz  not null default now(),
    acknowledged_at timestamptz,
    acknowledged_by uuid         references users (id) on delete set null
);
create index security_alerts_tenant_idx on security_alerts (tenant_id, created_at desc);
create index security_alerts_created_idx on security_alerts (created_at desc);
