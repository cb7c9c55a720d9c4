-- The agency's shared proposal templates: each edit of the content is a new immutable version;
-- proposals remember the version they used. Counters are kept per template and per version, and
-- each proposal counts once per stage.

create table proposal_templates (
    id                     uuid primary key,
    name                   varchar(200) not null,
    category               varchar(100),
    tags                   varchar(40)[] not null default '{}',
    archived               boolean      not null default false,
    current_version_id     uuid         not null,
    current_version_number integer      not null,
    created_at             timestamptz  not null,
    created_by             uuid,
    updated_at             timestamptz  not null,
    updated_by             uuid,
    used_count             bigint       not null default 0,
    sent_count             bigint       not null default 0,
    replied_count          bigint       not null default 0,
    hired_count            bigint       not null default 0,
    version                bigint       not null default 0
);
create unique index proposal_templates_name_idx on proposal_templates (lower(name));
create index proposal_templates_category_idx on proposal_templates (lower(category));
create index proposal_templates_tags_idx on proposal_templates using gin (tags);

create table proposal_template_versions (
    id                  uuid primary key,
    template_id         uuid         not null references proposal_templates (id),
    number              integer      not null check (number > 0),
    body                text         not null,
    screening_answers   jsonb        not null default '[]',
    variables           text[]       not null default '{}',
    restored_from       integer,
    author_user_id      uuid,
    author_email        varchar(320),
    created_at          timestamptz  not null,
    used_count          bigint       not null default 0,
    sent_count          bigint       not null default 0,
    replied_count       bigint       not null default 0,
    hired_count         bigint       not null default 0,
    unique (template_id, number)
);

-- The template row and its first version are written in one transaction: check at commit.
alter table proposal_templates
    add constraint proposal_templates_current_version_fk foreign key (current_version_id)
        references proposal_template_versions (id) deferrable initially deferred;

-- A version's content never changes once written (only its counters move), and none is deleted.
create function proposal_template_versions_are_immutable() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE'
        or new.template_id <> old.template_id
        or new.number <> old.number
        or new.body <> old.body
        or new.screening_answers <> old.screening_answers
        or new.variables <> old.variables
        or new.restored_from is distinct from old.restored_from
        or new.author_user_id is distinct from old.author_user_id
        or new.author_email is distinct from old.author_email
        or new.created_at <> old.created_at then
        raise exception 'a proposal template version is immutable (% refused)', tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger proposal_template_versions_immutable
    before update or delete on proposal_template_versions
    for each row execute function proposal_template_versions_are_immutable();

-- One row per proposal and stage: recording the same stage of the same proposal again counts nothing.
create table proposal_template_usage (
    proposal_id uuid        not null,
    stage       varchar(10) not null check (stage in ('USED', 'SENT', 'REPLIED', 'HIRED')),
    template_id uuid        not null references proposal_templates (id),
    version_id  uuid        not null references proposal_template_versions (id),
    recorded_at timestamptz not null,
    primary key (proposal_id, stage)
);
create index proposal_template_usage_version_idx on proposal_template_usage (version_id);

-- Agency-wide custom variables ({{key}} in templates), managed by owners and managers.
create table proposal_variables (
    key         varchar(40)   primary key check (key ~ '^[a-z][a-z0-9_]{1,39}$'),
    value       varchar(2000) not null,
    description varchar(300),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    updated_by  uuid,
    version     bigint        not null default 0
);
