-- One agency's own data. Flyway runs this in the tenant's schema, so names are unqualified.

create table agency_profile (
    id               uuid primary key,
    name             varchar(200)  not null,
    timezone         varchar(64)   not null,
    default_currency char(3)       not null,
    website          varchar(2048),
    logo_url         varchar(2048),
    updated_at       timestamptz   not null default now(),
    version          bigint        not null default 0
);

-- Append-only: who did what, when, from where. Rows are never updated or deleted.
create table audit_events (
    id            uuid primary key,
    occurred_at   timestamptz  not null,
    actor_user_id uuid,
    actor_email   varchar(320),
    action        varchar(100) not null,
    target        varchar(300),
    ip            varchar(64),
    user_agent    varchar(512),
    outcome       varchar(20)  not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    details       jsonb
);
create index audit_events_occurred_idx on audit_events (occurred_at desc, id);

create function audit_events_are_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_events is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_events_no_update_or_delete
    before update or delete on audit_events
    for each row execute function audit_events_are_append_only();

create trigger audit_events_no_truncate
    before truncate on audit_events
    for each statement execute function audit_events_are_append_only();
