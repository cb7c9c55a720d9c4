-- The platform's own security log: what happens to people outside any agency's audit log
-- (platform admins, people who have not joined an agency yet, sign-in attempts for unknown
-- addresses) and what platform admins do. Platform admins search it in the console. Like the
-- agencies' audit logs, append-only: rows are never updated or deleted.
create table security_events (
    id              uuid primary key,
    occurred_at     timestamptz  not null,
    actor_user_id   uuid,
    actor_email     varchar(320),
    subject_user_id uuid,
    action          varchar(100) not null,
    target          varchar(300),
    ip              varchar(64),
    user_agent      varchar(512),
    outcome         varchar(20)  not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    details         jsonb
);
create index security_events_occurred_idx on security_events (occurred_at desc, id);
create index security_events_action_idx on security_events (action, occurred_at desc);

create function security_events_are_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'security_events is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger security_events_no_update_or_delete
    before update or delete on security_events
    for each row execute function security_events_are_append_only();

create trigger security_events_no_truncate
    before truncate on security_events
    for each statement execute function security_events_are_append_only();
