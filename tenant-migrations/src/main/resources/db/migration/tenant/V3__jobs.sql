-- Jobs: Upwork postings the agency's members fetched (a cache of Upwork content, deleted 24 hours
-- after it was fetched), and the members' own records about jobs, which outlive the cache and so
-- hold only Upwork's job id, never Upwork's text.

-- The search document: title weighs most (A), then skills (B), then the description (C). A function
-- because array_to_string is only STABLE for arrays in general; for text[] it is immutable.
create function job_search_document(title text, skills text[], description text) returns tsvector
    language sql immutable parallel safe as
$$
select setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('english', coalesce(array_to_string(skills, ' '), '')), 'B')
    || setweight(to_tsvector('english', coalesce(description, '')), 'C')
$$;

-- Upwork content: purged 24 hours after fetched_at. posted_at and the client's statistics are
-- unknown (null) for a job fetched by id only (its detail page opened after the purge).
create table cached_jobs (
    upwork_id               varchar(32)   primary key,
    ciphertext              varchar(64),
    title                   text          not null,
    description             text          not null,
    skills                  text[]        not null default '{}',
    category_id             varchar(40),
    category                varchar(200),
    subcategory             varchar(200),
    job_type                varchar(10)   not null check (job_type in ('FIXED', 'HOURLY')),
    currency                char(3)       not null default 'USD',
    budget_amount           numeric(14, 2),
    hourly_min              numeric(10, 2),
    hourly_max              numeric(10, 2),
    experience_level        varchar(20),
    duration                varchar(20),
    duration_label          varchar(60),
    engagement              varchar(60),
    total_applicants        integer,
    client_country          varchar(100),
    client_city             varchar(100),
    client_rating           numeric(3, 2),
    client_reviews          integer,
    client_total_spent      numeric(14, 2),
    client_hires            integer,
    client_jobs_posted      integer,
    client_payment_verified boolean,
    client_member_since     timestamptz,
    cover_letter_required   boolean,
    screening_questions     jsonb,
    posted_at               timestamptz,
    fetched_at              timestamptz   not null,
    fetched_by              uuid          not null,
    detail_fetched_at       timestamptz,
    search_vector           tsvector      generated always as
                                (job_search_document(title, skills, description)) stored
);
create index cached_jobs_search_idx on cached_jobs using gin (search_vector);
create index cached_jobs_posted_idx on cached_jobs (posted_at desc nulls last, upwork_id);
create index cached_jobs_fetched_idx on cached_jobs (fetched_at);

-- A member's favourites and "not interested" marks: our records, kept after the job is purged.
create table job_favorites (
    member_id     uuid        not null,
    upwork_job_id varchar(32) not null,
    created_at    timestamptz not null,
    primary key (member_id, upwork_job_id)
);

create table job_hidden (
    member_id     uuid        not null,
    upwork_job_id varchar(32) not null,
    created_at    timestamptz not null,
    primary key (member_id, upwork_job_id)
);

-- A member's saved searches: the criteria (keywords and filters, JSON) and an opt-in refresh
-- interval of at least 15 minutes (null: runs only when the member asks).
create table saved_searches (
    id               uuid         primary key,
    member_id        uuid         not null,
    name             varchar(120) not null,
    criteria         jsonb        not null,
    refresh_minutes  integer      check (refresh_minutes is null or refresh_minutes >= 15),
    next_run_at      timestamptz,
    last_run_at      timestamptz,
    last_error_type  varchar(60),
    last_error       varchar(500),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index saved_searches_member_idx on saved_searches (member_id, created_at);
create index saved_searches_due_idx on saved_searches (next_run_at) where refresh_minutes is not null;

-- Jobs a saved search has matched (ids only). seen_at null: a new match the member has not seen.
create table saved_search_matches (
    saved_search_id uuid        not null references saved_searches (id) on delete cascade,
    upwork_job_id   varchar(32) not null,
    found_at        timestamptz not null,
    seen_at         timestamptz,
    primary key (saved_search_id, upwork_job_id)
);
create index saved_search_matches_new_idx on saved_search_matches (saved_search_id) where seen_at is null;
