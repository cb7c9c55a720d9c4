-- The platform catalog: every agency (tenant), every person and which agencies they belong to.
-- Tenant data lives in one schema per tenant (db/migration/tenant); nothing tenant-owned is kept here.

create table tenants (
    id             uuid primary key,
    slug           varchar(63)  not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$'),
    name           varchar(200) not null,
    status         varchar(20)  not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    schema_name    varchar(63)  not null unique,
    schema_version varchar(50),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);

create table users (
    id             uuid primary key,
    email          varchar(320) not null,
    display_name   varchar(200) not null,
    password_hash  varchar(200),
    platform_role  varchar(20) check (platform_role in ('ADMIN')),
    status         varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'LOCKED')),
    last_tenant_id uuid references tenants (id) on delete set null,
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);
create unique index users_email_key on users (lower(email));

create table memberships (
    id         uuid primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    tenant_id  uuid        not null references tenants (id) on delete cascade,
    role       varchar(20) not null check (role in ('OWNER', 'MANAGER', 'FREELANCER', 'VIEWER')),
    created_at timestamptz not null default now(),
    unique (user_id, tenant_id)
);
create index memberships_tenant_idx on memberships (tenant_id);
