-- Seeds :jobs cached Upwork postings into the tenant schema on the search_path (psql -v jobs=N),
-- shaped like the sandbox's: titles from kinds of work, a few paragraphs of description, skills,
-- fixed or hourly pay, client statistics; all fetched now, posted over the last day.
select setseed(0.20261201);

with vocabulary as (
    select array['Angular', 'React', 'Python', 'Kubernetes', 'Flutter', 'Django', 'Laravel', 'Figma',
                 'SEO', 'PostgreSQL', 'Terraform', 'Swift', 'Kotlin', 'Node.js', 'Shopify',
                 'WordPress', 'TypeScript', 'Machine Learning', 'Copywriting', 'Data Analysis',
                 'Spring Boot', 'Java', 'Go', 'Rust', 'AWS', 'Docker', 'GraphQL', 'Vue.js',
                 'Tableau', 'Excel'] as skills,
           array['developer', 'engineer', 'designer', 'expert', 'consultant', 'specialist',
                 'architect', 'writer'] as roles,
           array['fintech', 'healthcare', 'e-commerce', 'logistics', 'education', 'travel', 'media',
                 'energy', 'real estate', 'legal tech'] as industries,
           array['We are a small startup and we are growing fast.',
                 'Our company has served customers for over ten years and is modernising its software.',
                 'I run a business and need a reliable freelancer for an ongoing product.',
                 'We are an agency looking for an extra pair of hands for a client project.'] as intros,
           array['We work in weekly sprints with a short demo every Friday.',
                 'You will report to our CTO, who reviews every pull request.',
                 'The work is asynchronous, but we expect a daily written update.',
                 'Our designer and product owner are available for questions during European hours.'] as ways,
           array['Please start your proposal with a short summary of a similar project you delivered.',
                 'Tell us how you would approach the first two weeks. Generic proposals will be ignored.',
                 'Include links to relevant work. We plan to hire within a few days.',
                 'We value clear communication over speed; long-term work is possible.'] as closings,
           array['United States', 'United Kingdom', 'Germany', 'Canada', 'Australia', 'Netherlands',
                 'France', 'Singapore', 'Israel', 'United Arab Emirates'] as countries
),
picks as (
    select g,
           1 + floor(random() * 30)::int as s1, 1 + floor(random() * 30)::int as s2,
           1 + floor(random() * 30)::int as s3, 1 + floor(random() * 8)::int as r,
           1 + floor(random() * 10)::int as i, 1 + floor(random() * 4)::int as a,
           1 + floor(random() * 4)::int as b, 1 + floor(random() * 4)::int as c,
           1 + floor(random() * 10)::int as country, random() < 0.45 as fixed,
           random() as x, random() as y
    from generate_series(1, :jobs) g
)
insert into cached_jobs (upwork_id, ciphertext, title, description, skills, category_id, category,
    subcategory, job_type, currency, budget_amount, hourly_min, hourly_max, experience_level,
    duration, duration_label, engagement, total_applicants, client_country, client_city,
    client_rating, client_reviews, client_total_spent, client_hires, client_jobs_posted,
    client_payment_verified, client_member_since, posted_at, listing_fetched_at, fetched_at, fetched_by)
select (8100000000000000000 + p.g)::text,
       '~01bench' || p.g,
       v.skills[p.s1] || ' ' || v.roles[p.r] || ' for a ' || v.industries[p.i] || ' platform',
       v.intros[p.a] || E'\n\n' || 'We need a ' || v.roles[p.r] || ' who knows ' || v.skills[p.s1]
           || ', ' || v.skills[p.s2] || ' and ' || v.skills[p.s3] || ' to build and maintain our '
           || v.industries[p.i] || ' product. ' || v.ways[p.b] || E'\n\n' || v.closings[p.c],
       array[v.skills[p.s1], v.skills[p.s2], v.skills[p.s3]],
       '531770282580668418', 'Web, Mobile & Software Dev', 'Web Development',
       case when p.fixed then 'FIXED' else 'HOURLY' end, 'USD',
       case when p.fixed then 50 * (1 + floor(p.x * 60)) end,
       case when not p.fixed then 10 + 5 * floor(p.x * 18) end,
       case when not p.fixed then 25 + 5 * floor(p.x * 18) + 5 * floor(p.y * 6) end,
       (array['ENTRY_LEVEL', 'INTERMEDIATE', 'INTERMEDIATE', 'EXPERT'])[1 + floor(p.y * 4)::int],
       'MONTH', '1 to 3 months', 'Less than 30 hrs/week',
       floor(p.y * 50)::int,
       v.countries[p.country], null,
       round((4 + p.x)::numeric, 2), floor(p.x * 80)::int, round((p.y * 100000)::numeric, 2),
       floor(p.x * 120)::int, 1 + floor(p.y * 140)::int, p.x < 0.8,
       timestamptz '2018-01-01' + p.y * interval '7 years',
       now() - p.x * interval '23 hours', now(), now(), '00000000-0000-0000-0000-000000000001'
from picks p, vocabulary v;

analyze cached_jobs;
select count(*) as cached_jobs from cached_jobs;
