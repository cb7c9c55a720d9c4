-- A proposal's copy of the job keeps Upwork's content only as long as Upwork allows (24 hours from
-- when Crewbid fetched it): the client's name, the budget or hourly range and the cover-letter rule
-- are forgotten then. What stays is the agency's own record: Upwork's ids, the title, the link, the
-- category, the questions as the member answered them, and the approval's snapshot of its facts.
alter table proposals add column job_fetched_at timestamptz;

update proposals set job_fetched_at = created_at
    where job_client_name is not null or job_budget is not null or job_hourly_min is not null
       or job_hourly_max is not null or job_cover_letter_required is not null;

create index proposals_job_fetched_idx on proposals (job_fetched_at)
    where job_fetched_at is not null;
