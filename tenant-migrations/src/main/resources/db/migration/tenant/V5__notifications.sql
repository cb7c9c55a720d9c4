-- The agency's notification centre: one row per notification a member sees in the app, and each
-- member's choices of channel per topic. Rows are written in the transaction of the change they
-- report, so a notification exists exactly when that change committed.

create table notifications (
    id               uuid primary key,
    recipient_id     uuid         not null,
    topic            varchar(64)  not null,
    -- Small map of strings the texts are rendered from (job title, who did it, ...).
    params           jsonb        not null default '{}'::jsonb,
    -- A path inside the app, e.g. /proposals/<id>.
    link             varchar(500),
    actor_id         uuid,
    created_at       timestamptz  not null,
    read_at          timestamptz,
    email_status     varchar(16)  not null default 'NOT_WANTED'
        check (email_status in ('NOT_WANTED', 'PENDING', 'SENT', 'FAILED')),
    email_attempts   integer      not null default 0,
    email_updated_at timestamptz
);
create index notifications_recipient_idx on notifications (recipient_id, created_at desc, id);
create index notifications_unread_idx on notifications (recipient_id) where read_at is null;

-- Only what a member changed is stored; topics without a row use the topic's defaults.
create table notification_preferences (
    id         uuid primary key,
    user_id    uuid        not null,
    topic      varchar(64) not null,
    in_app     boolean     not null,
    email      boolean     not null,
    updated_at timestamptz not null,
    unique (user_id, topic)
);
