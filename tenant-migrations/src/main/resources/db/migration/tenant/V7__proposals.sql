-- Proposals: what the agency's members draft, get approved, send to Upwork clients, and what became
-- of it. A proposal keeps its own copy of what it needs from the job (Upwork's cache is purged after
-- 24 hours; the proposal is our record of what the person put in it).

-- The job cache learns the client company (its Upwork organization id, and its name where Upwork
-- still tells it), so that a proposal knows whether the agency worked with this client before.
alter table cached_jobs add column client_id varchar(64);
alter table cached_jobs add column client_name varchar(300);

create table proposals (
    id                        uuid primary key,
    author_id                 uuid          not null,
    author_name               varchar(320)  not null,
    state                     varchar(20)   not null check (state in (
        'DRAFT', 'PENDING_APPROVAL', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'SENDING',
        'SEND_UNKNOWN', 'SENT', 'VIEWED', 'REPLIED', 'INTERVIEW', 'HIRED', 'DECLINED', 'WITHDRAWN')),
    -- The job, as it was when the draft was made.
    upwork_job_id             varchar(32)   not null,
    job_title                 text          not null,
    job_url                   text,
    job_client_id             varchar(64),
    job_client_name           varchar(300),
    job_category_id           varchar(40),
    job_category              varchar(200),
    job_type                  varchar(10)   not null check (job_type in ('FIXED', 'HOURLY')),
    job_currency              char(3)       not null,
    job_budget                numeric(14, 2),
    job_hourly_min            numeric(10, 2),
    job_hourly_max            numeric(10, 2),
    job_cover_letter_required boolean,
    screening_questions       jsonb         not null default '[]' check (jsonb_typeof(screening_questions) = 'array'),
    -- The template version it was made from, if any.
    template_id               uuid,
    template_version_id       uuid,
    template_name             varchar(200),
    template_version_number   integer,
    missing_variables         text[]        not null default '{}',
    -- What the person wrote.
    cover_letter              text          not null default '' check (char_length(cover_letter) <= 20000),
    answers                   jsonb         not null default '[]' check (jsonb_typeof(answers) = 'array'),
    bid_type                  varchar(10) check (bid_type in ('FIXED', 'HOURLY')),
    bid_amount                numeric(14, 2) check (bid_amount > 0),
    bid_currency              char(3),
    milestones                jsonb         not null default '[]' check (jsonb_typeof(milestones) = 'array'),
    estimated_duration        varchar(30),
    connects                  integer       check (connects between 0 and 500),
    connects_estimate         integer       not null check (connects_estimate >= 0),
    -- Sending: who clicked, when, how; Upwork's id of it.
    sent_at                   timestamptz,
    sent_by                   uuid,
    sent_by_name              varchar(320),
    sent_via                  varchar(10) check (sent_via in ('API', 'MANUAL')),
    upwork_proposal_id        varchar(40),
    sending_since             timestamptz,
    -- What Upwork last said about it.
    upwork_status             varchar(40),
    outcome_synced_at         timestamptz,
    outcome_changed_at        timestamptz,
    outcome_source            varchar(10) check (outcome_source in ('SYNC', 'PERSON')),
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    version                   bigint        not null default 0,
    check ((bid_type is null) = (bid_amount is null) and (bid_amount is null) = (bid_currency is null)),
    check ((sent_at is null) = (sent_via is null)),
    check ((state = 'SENDING') = (sending_since is not null))
);

-- A member has at most one active proposal per job; withdrawn, rejected and declined ones free it.
create unique index proposals_one_active_per_member_and_job
    on proposals (author_id, upwork_job_id)
    where state not in ('WITHDRAWN', 'REJECTED', 'DECLINED');
create index proposals_job_idx on proposals (upwork_job_id);
create index proposals_author_idx on proposals (author_id, updated_at desc);
create index proposals_updated_idx on proposals (updated_at desc, id);
create index proposals_client_hired_idx on proposals (job_client_id) where state = 'HIRED';
create unique index proposals_upwork_id_idx on proposals (upwork_proposal_id)
    where upwork_proposal_id is not null;
create index proposals_awaiting_outcome_idx on proposals (author_id)
    where state in ('SENT', 'VIEWED', 'REPLIED', 'INTERVIEW', 'SEND_UNKNOWN', 'SENDING');

-- Every transition of a proposal, who made it (null for the outcome sync) and from where.
create table proposal_history (
    id          uuid primary key,
    seq         bigint generated always as identity,
    proposal_id uuid         not null references proposals (id) on delete cascade,
    at          timestamptz  not null,
    actor_id    uuid,
    actor_name  varchar(320),
    source      varchar(10)  not null check (source in ('PERSON', 'APPROVAL', 'SYNC', 'SYSTEM')),
    action      varchar(40)  not null,
    from_state  varchar(20),
    to_state    varchar(20)  not null,
    note        text
);
create index proposal_history_proposal_idx on proposal_history (proposal_id, seq);

-- Each click on "Send via Upwork": the idempotency key the browser sent, who clicked, and how it
-- ended. A repeat of a key returns the recorded result instead of sending again.
create table proposal_send_attempts (
    id                 uuid primary key,
    proposal_id        uuid         not null references proposals (id) on delete cascade,
    idempotency_key    varchar(100),
    clicked_by         uuid         not null,
    clicked_by_name    varchar(320) not null,
    clicked_at         timestamptz  not null,
    outcome            varchar(12)  not null check (outcome in ('IN_PROGRESS', 'SENT', 'FAILED', 'UNKNOWN')),
    problem            varchar(40),
    error              text,
    upwork_proposal_id varchar(40),
    finished_at        timestamptz,
    unique (proposal_id, idempotency_key)
);
create index proposal_send_attempts_proposal_idx on proposal_send_attempts (proposal_id, clicked_at desc);
create index proposal_send_attempts_clicked_idx on proposal_send_attempts (clicked_at desc);
