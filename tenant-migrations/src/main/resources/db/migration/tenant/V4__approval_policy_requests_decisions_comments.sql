-- Approvals: the agency's approval policy and the approval requests of what its members submit.

-- One row per agency (id = the agency's tenant id), created with the standard policy on first use.
-- The rules are one ordered document, edited and versioned as a whole (ETag / If-Match).
create table approval_policy (
    id         uuid primary key,
    rules      jsonb       not null check (jsonb_typeof(rules) = 'array'),
    updated_at timestamptz,
    updated_by uuid,
    version    bigint      not null default 0
);

-- One request per subject (a proposal). Each resubmission or re-approval opens a new round, which
-- takes a snapshot of the rule that applies and the facts it was evaluated on.
create table approval_requests (
    id                     uuid primary key,
    subject_id             uuid          not null unique,
    author_id              uuid          not null,
    state                  varchar(20)   not null
        check (state in ('PENDING', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'WITHDRAWN')),
    round                  integer       not null check (round >= 1),
    rule                   jsonb,
    rule_position          integer,
    approvals_needed       integer       not null check (approvals_needed >= 0),
    reason                 text          not null,
    bid_amount             numeric(18, 4) not null,
    bid_currency           char(3)       not null,
    connects               integer       not null check (connects >= 0),
    category               varchar(200),
    new_client             boolean       not null,
    author_prior_proposals integer       not null check (author_prior_proposals >= 0),
    opened_at              timestamptz   not null,
    updated_at             timestamptz   not null,
    version                bigint        not null default 0,
    -- A round without a rule was approved automatically and needs no approval.
    check ((rule is null) = (approvals_needed = 0)),
    check ((rule is null) = (rule_position is null))
);
create index approval_requests_pending_idx on approval_requests (opened_at) where state = 'PENDING';

-- Decisions of every round. One decision per approver per round, also when two clicks race.
create table approval_decisions (
    id            uuid primary key,
    request_id    uuid         not null references approval_requests (id),
    round         integer      not null check (round >= 1),
    approver_id   uuid         not null,
    approver_name varchar(320) not null,
    decision      varchar(20)  not null check (decision in ('APPROVE', 'REJECT', 'REQUEST_CHANGES')),
    comment       text,
    decided_at    timestamptz  not null,
    constraint approval_decisions_one_per_approver_and_round unique (request_id, round, approver_id),
    check (decision <> 'REQUEST_CHANGES' or comment is not null)
);

-- The comment thread of a subject; decisions that came with a comment appear in it too.
create table approval_comments (
    id          uuid primary key,
    subject_id  uuid         not null,
    author_id   uuid         not null,
    author_name varchar(320) not null,
    body        text         not null check (char_length(body) between 1 and 5000),
    decision    varchar(20) check (decision in ('APPROVE', 'REJECT', 'REQUEST_CHANGES')),
    round       integer,
    created_at  timestamptz  not null,
    check ((decision is null) = (round is null))
);
create index approval_comments_subject_idx on approval_comments (subject_id, created_at, id);
