-- One search as the application runs it (CachedJobs.search: count, then the page with highlights),
-- for pgbench. Keywords rotate as in SearchLoad.java; the member has no hidden jobs. The highlight
-- markers are the private-use characters U+E000 and U+E001, as in the application.
\set k random(1, 8)
select count(*) from cached_jobs j
 where j.fetched_at > now() - interval '24 hours'
   and j.search_vector @@ websearch_to_tsquery('english', (array['angular', 'python data', 'kubernetes terraform', 'react native', 'figma designer', 'seo writer', 'machine learning', 'postgresql'])[:k])
   and not exists (select 1 from job_hidden h where h.member_id = '00000000-0000-0000-0000-00000000000a' and h.upwork_job_id = j.upwork_id);
with page as (
  select j.upwork_id, ts_rank_cd(j.search_vector, websearch_to_tsquery('english', (array['angular', 'python data', 'kubernetes terraform', 'react native', 'figma designer', 'seo writer', 'machine learning', 'postgresql'])[:k])) as rank
    from cached_jobs j
   where j.fetched_at > now() - interval '24 hours'
     and j.search_vector @@ websearch_to_tsquery('english', (array['angular', 'python data', 'kubernetes terraform', 'react native', 'figma designer', 'seo writer', 'machine learning', 'postgresql'])[:k])
     and not exists (select 1 from job_hidden h where h.member_id = '00000000-0000-0000-0000-00000000000a' and h.upwork_job_id = j.upwork_id)
   order by rank desc, (case when j.listing_fetched_at > now() - interval '24 hours' then j.posted_at end) desc nulls last, j.upwork_id
   limit 20 offset 0)
select j.*, page.rank,
       exists (select 1 from job_favorites f where f.member_id = '00000000-0000-0000-0000-00000000000a' and f.upwork_job_id = j.upwork_id) as favorite,
       exists (select 1 from job_hidden h where h.member_id = '00000000-0000-0000-0000-00000000000a' and h.upwork_job_id = j.upwork_id) as hidden,
       ts_headline('english', j.title, websearch_to_tsquery('english', (array['angular', 'python data', 'kubernetes terraform', 'react native', 'figma designer', 'seo writer', 'machine learning', 'postgresql'])[:k]), 'StartSel="", StopSel="", HighlightAll=true') as title_marked,
       ts_headline('english', j.description, websearch_to_tsquery('english', (array['angular', 'python data', 'kubernetes terraform', 'react native', 'figma designer', 'seo writer', 'machine learning', 'postgresql'])[:k]), 'StartSel="", StopSel="", MaxFragments=2, MaxWords=24, MinWords=12, FragmentDelimiter=" … "') as snippet_marked
  from page join cached_jobs j on j.upwork_id = page.upwork_id
 order by page.rank desc, (case when j.listing_fetched_at > now() - interval '24 hours' then j.posted_at end) desc nulls last, j.upwork_id;
