-- Members' links to their Upwork accounts and the profiles imported from Upwork. The tokens of a
-- link are not here: they are sealed in platform.upwork_authorized_clients.

-- One row per member who ever linked; "never linked" is no row. member_id is the person's id in
-- platform.users (no foreign key across schemas; identity's membership removal deletes the row).
create table upwork_links (
    member_id           uuid primary key,
    upwork_user_id      varchar(40)  not null,
    upwork_user_name    varchar(200),
    upwork_profile_key  varchar(64),
    organization_id     varchar(40),
    organization_name   varchar(200),
    organization_type   varchar(40),
    status              varchar(20)  not null check (status in ('LINKED', 'NEEDS_RELINK', 'UNLINKED')),
    linked_at           timestamptz,
    last_sync_at        timestamptz,
    last_error          varchar(500),
    last_error_at       timestamptz,
    relink_requested_at timestamptz,
    sync_status         varchar(20)  not null default 'NEVER'
        check (sync_status in ('NEVER', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    sync_started_at     timestamptz,
    sync_progress       smallint     not null default 0 check (sync_progress between 0 and 100),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0
);
-- An Upwork account acts for at most one member of the agency (an unlinked row does not count).
create unique index upwork_links_one_member_per_account on upwork_links (upwork_user_id)
    where status <> 'UNLINKED';

-- The member's Upwork profile as last imported; a failed sync leaves it as it was.
create table upwork_profiles (
    member_id            uuid primary key references upwork_links (member_id) on delete cascade,
    upwork_user_id       varchar(40)   not null,
    profile_key          varchar(64)   not null,
    full_name            varchar(200),
    title                varchar(500),
    overview             text,
    hourly_rate_amount   numeric(12, 2),
    hourly_rate_currency char(3),
    city                 varchar(200),
    country              varchar(200),
    synced_at            timestamptz   not null,
    version              bigint        not null default 0
);

create table upwork_profile_skills (
    member_id uuid         not null references upwork_profiles (member_id) on delete cascade,
    position  int          not null,
    name      varchar(200) not null,
    primary key (member_id, position)
);

create table upwork_portfolio_items (
    member_id    uuid          not null references upwork_profiles (member_id) on delete cascade,
    position     int           not null,
    upwork_id    varchar(100),
    title        varchar(500),
    description  text,
    project_url  varchar(2048),
    completed_on date,
    skills       text[]        not null default '{}',
    primary key (member_id, position)
);

create table upwork_work_history (
    member_id    uuid         not null references upwork_profiles (member_id) on delete cascade,
    position     int          not null,
    upwork_id    varchar(100),
    company_name varchar(300),
    job_title    varchar(300),
    started_on   date,
    ended_on     date,
    description  text,
    primary key (member_id, position)
);
