-- A cached job's content comes in two parts with their own 24 hours: what a search result brings
-- (the listing: posting time, client statistics, proposal count, duration, engagement, the job's
-- address) and what the job's detail brings (screening questions, cover letter requirement,
-- already timed by detail_fetched_at). A later fetch of one part must not keep the other alive:
-- each part is kept, shown and purged by its own fetch time.
alter table cached_jobs add column listing_fetched_at timestamptz;

-- Before this, a job whose last fetch was its detail kept the listing of an earlier search without
-- knowing when that was: forget such listings (the next search brings them again).
update cached_jobs set listing_fetched_at = fetched_at
    where detail_fetched_at is null or detail_fetched_at < fetched_at;
update cached_jobs set ciphertext = null, duration = null, duration_label = null, engagement = null,
    total_applicants = null, client_rating = null, client_reviews = null, client_total_spent = null,
    client_hires = null, client_jobs_posted = null, client_member_since = null, posted_at = null
    where listing_fetched_at is null;
update cached_jobs set cover_letter_required = null where detail_fetched_at is null;

create index cached_jobs_listing_fetched_idx on cached_jobs (listing_fetched_at)
    where listing_fetched_at is not null;
create index cached_jobs_detail_fetched_idx on cached_jobs (detail_fetched_at)
    where detail_fetched_at is not null;
