package com.crewbid.jobs.internal;

import com.crewbid.jobs.Highlighted;
import com.crewbid.jobs.JobSearchCriteria;
import com.crewbid.jobs.JobSort;
import com.crewbid.jobs.JobSummary;
import com.crewbid.tenancy.TenantJdbc;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current agency's cache of Upwork postings ({@code cached_jobs}): upserts by Upwork id,
 * full-text search with filters, and the purge. Every method needs a tenant and a transaction
 * ({@link TenantJdbc}).
 */
@Repository
public class CachedJobs {

  /** Fragments of the description around matches, as {@code ts_headline} options. */
  static final String SNIPPET_OPTIONS =
      Markers.SELECTORS + ", MaxFragments=2, MaxWords=24, MinWords=12, FragmentDelimiter=\" … \"";

  /** The member's keywords as a text-search query, in a form the GIN index serves. */
  static final String QUERY = "websearch_to_tsquery('english', :keywords)";

  static final String TITLE_OPTIONS = Markers.SELECTORS + ", HighlightAll=true";

  /** A listing value (posting time, client statistics…) counts only while the listing is fresh. */
  static final String LISTING_FRESH = "j.listing_fetched_at > :fresh";

  static final String POSTED_AT = "(case when " + LISTING_FRESH + " then j.posted_at end)";

  private static final String MARKS =
      "exists (select 1 from job_favorites f where f.member_id = :member"
          + " and f.upwork_job_id = j.upwork_id) as favorite,"
          + " exists (select 1 from job_hidden h where h.member_id = :member"
          + " and h.upwork_job_id = j.upwork_id) as hidden";

  private final TenantJdbc tenant;
  private final JsonMapper json;
  private final JobsProperties properties;

  CachedJobs(TenantJdbc tenant, JsonMapper json, JobsProperties properties) {
    this.tenant = tenant;
    this.json = json;
    this.properties = properties;
  }

  /** One page of results and how many there are in all. */
  public record Results(List<JobSummary> items, long total) {}

  /**
   * Stores or refreshes postings fetched at {@code fetchedAt}. A posting's content comes in two
   * parts with their own 24 hours: the search result's part (listing: posting time, client
   * statistics, proposal count, duration…) and the detail's part (screening questions, cover letter
   * requirement); what both bring (title, description, budget…) is always the latest answer. A
   * fetch that brings one part keeps the other only while that part is itself younger than the
   * maximum age, so no value outlives its own 24 hours because another part was fetched later.
   */
  public int upsert(List<FetchedJob> jobs, UUID fetchedBy, Instant fetchedAt) {
    Instant fresh = fetchedAt.minus(properties.cacheMaxAge());
    return tenant.call(
        "CachedJobs.upsert",
        sql -> {
          int stored = 0;
          for (FetchedJob job : UpworkValues.usable(jobs)) {
            stored += upsert(sql, UpworkValues.bounded(job), fetchedBy, fetchedAt, fresh);
          }
          return stored;
        });
  }

  /** Listing columns: only a search result brings them; they expire with listing_fetched_at. */
  static final List<String> LISTING_COLUMNS =
      List.of(
          "ciphertext",
          "duration",
          "duration_label",
          "engagement",
          "total_applicants",
          "client_name",
          "client_rating",
          "client_reviews",
          "client_total_spent",
          "client_hires",
          "client_jobs_posted",
          "client_member_since",
          "posted_at");

  /** Detail columns: only a posting's detail brings them; they expire with detail_fetched_at. */
  static final List<String> DETAIL_COLUMNS =
      List.of("cover_letter_required", "screening_questions");

  private int upsert(
      JdbcClient sql, FetchedJob job, UUID fetchedBy, Instant fetchedAt, Instant fresh) {
    boolean detail = job.screeningQuestions() != null;
    boolean listing = !detail || job.hasListingValues();
    Map<String, Object> p = new HashMap<>();
    p.put("upworkId", job.upworkId());
    p.put("ciphertext", job.ciphertext());
    p.put("title", Markers.clean(job.title()));
    p.put("description", Markers.clean(job.description()));
    p.put("skills", job.skills().stream().map(Markers::clean).toArray(String[]::new));
    p.put("categoryId", job.categoryId());
    p.put("category", job.category());
    p.put("subcategory", job.subcategory());
    p.put("jobType", job.jobType());
    p.put("currency", job.currency());
    p.put("budgetAmount", job.budgetAmount());
    p.put("hourlyMin", job.hourlyMin());
    p.put("hourlyMax", job.hourlyMax());
    p.put("experienceLevel", job.experienceLevel());
    p.put("duration", job.duration());
    p.put("durationLabel", job.durationLabel());
    p.put("engagement", job.engagement());
    p.put("totalApplicants", job.totalApplicants());
    p.put("clientCountry", job.clientCountry());
    p.put("clientCity", job.clientCity());
    p.put("clientId", job.clientId());
    p.put("clientName", job.clientName());
    p.put("clientRating", job.clientRating());
    p.put("clientReviews", job.clientReviews());
    p.put("clientTotalSpent", job.clientTotalSpent());
    p.put("clientHires", job.clientHires());
    p.put("clientJobsPosted", job.clientJobsPosted());
    p.put("clientPaymentVerified", job.clientPaymentVerified());
    p.put("clientMemberSince", timestamp(job.clientMemberSince()));
    p.put("coverLetterRequired", detail ? job.coverLetterRequired() : null);
    p.put(
        "screeningQuestions",
        job.screeningQuestions() == null
            ? null
            : json.writeValueAsString(
                job.screeningQuestions().stream().map(Markers::clean).toList()));
    p.put("listingFetchedAt", listing ? timestamp(fetchedAt) : null);
    p.put("detailFetchedAt", detail ? timestamp(fetchedAt) : null);
    p.put("postedAt", timestamp(job.postedAt()));
    p.put("fetchedAt", timestamp(fetchedAt));
    p.put("fetchedBy", fetchedBy);
    p.put("fresh", timestamp(fresh));
    StringBuilder keep = new StringBuilder();
    for (String column : LISTING_COLUMNS) {
      keep.append(part(column, "listing_fetched_at"));
    }
    for (String column : DETAIL_COLUMNS) {
      keep.append(part(column, "detail_fetched_at"));
    }
    return sql.sql(
            """
            insert into cached_jobs (upwork_id, ciphertext, title, description, skills, category_id,
                category, subcategory, job_type, currency, budget_amount, hourly_min, hourly_max,
                experience_level, duration, duration_label, engagement, total_applicants,
                client_id, client_name, client_country, client_city, client_rating, client_reviews, client_total_spent,
                client_hires, client_jobs_posted, client_payment_verified, client_member_since,
                cover_letter_required, screening_questions, detail_fetched_at, posted_at,
                listing_fetched_at, fetched_at, fetched_by)
            values (:upworkId, :ciphertext, :title, :description, :skills, :categoryId,
                :category, :subcategory, :jobType, :currency, :budgetAmount, :hourlyMin, :hourlyMax,
                :experienceLevel, :duration, :durationLabel, :engagement, :totalApplicants,
                :clientId, :clientName, :clientCountry, :clientCity, :clientRating, :clientReviews, :clientTotalSpent,
                :clientHires, :clientJobsPosted, :clientPaymentVerified, :clientMemberSince,
                :coverLetterRequired, cast(:screeningQuestions as jsonb), :detailFetchedAt,
                :postedAt, :listingFetchedAt, :fetchedAt, :fetchedBy)
            on conflict (upwork_id) do update set
                title = excluded.title,
                description = excluded.description,
                skills = excluded.skills,
                category_id = excluded.category_id,
                category = excluded.category,
                subcategory = excluded.subcategory,
                job_type = excluded.job_type,
                currency = excluded.currency,
                budget_amount = excluded.budget_amount,
                hourly_min = excluded.hourly_min,
                hourly_max = excluded.hourly_max,
                experience_level = excluded.experience_level,
                client_id = coalesce(excluded.client_id, cached_jobs.client_id),
                client_country = excluded.client_country,
                client_city = excluded.client_city,
                client_payment_verified = excluded.client_payment_verified,
            """
                + keep
                + """
                listing_fetched_at = coalesce(excluded.listing_fetched_at,
                    case when cached_jobs.listing_fetched_at > :fresh
                        then cached_jobs.listing_fetched_at end),
                detail_fetched_at = coalesce(excluded.detail_fetched_at,
                    case when cached_jobs.detail_fetched_at > :fresh
                        then cached_jobs.detail_fetched_at end),
                fetched_at = excluded.fetched_at,
                fetched_by = excluded.fetched_by
            """)
        .params(p)
        .update();
  }

  /**
   * A column of one part: the new value when this fetch brought the part, else the old one while
   * the part is fresh, else nothing.
   */
  private static String part(String column, String fetchedAt) {
    return "    "
        + column
        + " = case when excluded."
        + fetchedAt
        + " is not null then excluded."
        + column
        + " when cached_jobs."
        + fetchedAt
        + " > :fresh then cached_jobs."
        + column
        + " end,\n";
  }

  public Results search(CacheQuery query) {
    return tenant.call(
        "CachedJobs.search",
        sql -> {
          Filter filter = Filter.of(usableKeywords(sql, query));
          long total =
              sql.sql("select count(*) from " + filter.from() + " where " + filter.where())
                  .params(filter.params)
                  .query(Long.class)
                  .single();
          if (total == 0 || query.offset() >= total) {
            return new Results(List.of(), total);
          }
          boolean keywords = filter.keywords();
          String rank = keywords ? "ts_rank_cd(j.search_vector, " + QUERY + ")" : "null::real";
          String page =
              "select j.upwork_id, "
                  + rank
                  + " as rank from "
                  + filter.from()
                  + " where "
                  + filter.where()
                  + " order by "
                  + order(query.sort(), keywords, "rank")
                  + " limit :limit offset :offset";
          String select =
              "with page as ("
                  + page
                  + ") select j.*, page.rank, "
                  + MARKS
                  + (keywords
                      ? ", ts_headline('english', j.title, "
                          + QUERY
                          + ", :titleOptions) as title_marked,"
                          + " ts_headline('english', j.description, "
                          + QUERY
                          + ", :snippetOptions) as snippet_marked"
                      : "")
                  + " from page join cached_jobs j on j.upwork_id = page.upwork_id"
                  + " order by "
                  + order(query.sort(), keywords, "page.rank");
          Map<String, Object> params = new HashMap<>(filter.params);
          params.put("limit", query.limit());
          params.put("offset", query.offset());
          params.put("titleOptions", TITLE_OPTIONS);
          params.put("snippetOptions", SNIPPET_OPTIONS);
          List<JobSummary> items =
              sql.sql(select)
                  .params(params)
                  .query(
                      (rs, n) -> {
                        JobRow row = JobRow.read(rs, query.freshAfter());
                        if (!keywords) {
                          return row.toSummary();
                        }
                        String marked = rs.getString("snippet_marked");
                        Highlighted snippet =
                            marked == null || marked.isBlank()
                                ? Highlighted.plain(row.snippet())
                                : Markers.parse(marked.replaceAll("\\s+", " ").strip());
                        return row.toSummary(
                            Markers.parse(rs.getString("title_marked")),
                            snippet,
                            (double) rs.getFloat("rank"));
                      })
                  .list();
          return new Results(items, total);
        });
  }

  /** The ids of fresh cached jobs matching the criteria (hidden ones included), newest first. */
  public List<String> matchingIds(
      JobSearchCriteria criteria, Instant freshAfter, Instant now, int limit) {
    return tenant.call(
        "CachedJobs.matchingIds",
        sql -> {
          Filter filter =
              Filter.of(
                  usableKeywords(
                      sql,
                      new CacheQuery(
                          new UUID(0, 0),
                          criteria,
                          JobSort.NEWEST,
                          true,
                          freshAfter,
                          now,
                          limit,
                          0)));
          return sql.sql(
                  "select j.upwork_id from "
                      + filter.from()
                      + " where "
                      + filter.where()
                      + " order by "
                      + POSTED_AT
                      + " desc nulls last, j.upwork_id limit :limit")
              .params(filter.params)
              .param("limit", limit)
              .query(String.class)
              .list();
        });
  }

  public Optional<JobRow> find(String upworkId, UUID member, Instant freshAfter) {
    return tenant.call(
        "CachedJobs.find",
        sql ->
            sql.sql(
                    "select j.*, "
                        + MARKS
                        + " from cached_jobs j where j.upwork_id = :id and j.fetched_at > :fresh")
                .param("id", upworkId)
                .param("member", member)
                .param("fresh", timestamp(freshAfter))
                .query((rs, n) -> JobRow.read(rs, freshAfter))
                .optional());
  }

  /** Fresh cached jobs among these ids, with the member's marks. */
  public Map<String, JobRow> findAll(List<String> upworkIds, UUID member, Instant freshAfter) {
    if (upworkIds.isEmpty()) {
      return Map.of();
    }
    return tenant.call(
        "CachedJobs.findAll",
        sql -> {
          Map<String, JobRow> found = new HashMap<>();
          sql.sql(
                  "select j.*, "
                      + MARKS
                      + " from cached_jobs j where j.upwork_id in (:ids) and j.fetched_at > :fresh")
              .param("ids", upworkIds)
              .param("member", member)
              .param("fresh", timestamp(freshAfter))
              .query((rs, n) -> JobRow.read(rs, freshAfter))
              .list()
              .forEach(row -> found.put(row.upworkId(), row));
          return found;
        });
  }

  public boolean exists(String upworkId, Instant freshAfter) {
    return tenant.call(
        "CachedJobs.exists",
        sql ->
            sql.sql(
                    "select exists (select 1 from cached_jobs where upwork_id = :id"
                        + " and fetched_at > :fresh)")
                .param("id", upworkId)
                .param("fresh", timestamp(freshAfter))
                .query(Boolean.class)
                .single());
  }

  /**
   * Deletes Upwork content fetched at or before {@code cutoff}: jobs whose last fetch is that old,
   * and the parts of younger jobs (listing, detail) whose own fetch is; returns how many jobs went.
   */
  public int purgeFetchedBefore(Instant cutoff) {
    return tenant.call(
        "CachedJobs.purge",
        sql -> {
          sql.sql(
                  "update cached_jobs set "
                      + nulls(LISTING_COLUMNS)
                      + ", listing_fetched_at = null where listing_fetched_at <= :cutoff")
              .param("cutoff", timestamp(cutoff))
              .update();
          sql.sql(
                  "update cached_jobs set "
                      + nulls(DETAIL_COLUMNS)
                      + ", detail_fetched_at = null where detail_fetched_at <= :cutoff")
              .param("cutoff", timestamp(cutoff))
              .update();
          return sql.sql("delete from cached_jobs where fetched_at <= :cutoff")
              .param("cutoff", timestamp(cutoff))
              .update();
        });
  }

  private static String nulls(List<String> columns) {
    return String.join(", ", columns.stream().map(c -> c + " = null").toList());
  }

  /**
   * The query as searched: keywords that are only stop words (an empty text-search query) would
   * match nothing, so they count as no keywords and match everything.
   */
  private static CacheQuery usableKeywords(JdbcClient sql, CacheQuery query) {
    String keywords = query.criteria().keywords();
    if (keywords == null
        || sql.sql("select numnode(websearch_to_tsquery('english', :keywords)) > 0")
            .param("keywords", keywords)
            .query(Boolean.class)
            .single()) {
      return query;
    }
    return new CacheQuery(
        query.member(),
        query.criteria().withKeywords(null),
        query.sort(),
        query.includeHidden(),
        query.freshAfter(),
        query.now(),
        query.limit(),
        query.offset());
  }

  private static String order(JobSort sort, boolean keywords, String rank) {
    String newest = POSTED_AT + " desc nulls last, j.upwork_id";
    return switch (sort) {
      case RELEVANCE -> keywords ? rank + " desc, " + newest : newest;
      case NEWEST -> newest;
      case OLDEST -> POSTED_AT + " asc nulls last, j.upwork_id";
      case BUDGET_HIGHEST ->
          "coalesce(j.budget_amount, j.hourly_max, j.hourly_min) desc nulls last, " + newest;
      case BUDGET_LOWEST ->
          "coalesce(j.budget_amount, j.hourly_min, j.hourly_max) asc nulls last, " + newest;
    };
  }

  public static @Nullable Timestamp timestamp(@Nullable Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  /** The where clause of a search and its parameters; one place for every filter. */
  private record Filter(List<String> conditions, Map<String, Object> params, boolean keywords) {

    static Filter of(CacheQuery query) {
      JobSearchCriteria c = query.criteria();
      List<String> where = new ArrayList<>();
      Map<String, Object> p = new HashMap<>();
      p.put("member", query.member());
      where.add("j.fetched_at > :fresh");
      p.put("fresh", timestamp(query.freshAfter()));
      boolean keywords = c.keywords() != null;
      if (keywords) {
        where.add("j.search_vector @@ " + QUERY);
        p.put("keywords", c.keywords());
      }
      if (!c.categoryIds().isEmpty()) {
        where.add("j.category_id in (:categoryIds)");
        p.put("categoryIds", c.categoryIds());
      }
      if (c.jobType() != null) {
        where.add("j.job_type = :jobType");
        p.put("jobType", c.jobType().name());
      }
      // As at Upwork: a budget constrains fixed-price jobs only, a rate hourly jobs only.
      if (c.budgetMin() != null) {
        where.add("(j.job_type <> 'FIXED' or j.budget_amount >= :budgetMin)");
        p.put("budgetMin", c.budgetMin());
      }
      if (c.budgetMax() != null) {
        where.add("(j.job_type <> 'FIXED' or j.budget_amount <= :budgetMax)");
        p.put("budgetMax", c.budgetMax());
      }
      if (c.hourlyMin() != null) {
        where.add("(j.job_type <> 'HOURLY' or coalesce(j.hourly_max, j.hourly_min) >= :hourlyMin)");
        p.put("hourlyMin", c.hourlyMin());
      }
      if (c.hourlyMax() != null) {
        where.add("(j.job_type <> 'HOURLY' or coalesce(j.hourly_min, j.hourly_max) <= :hourlyMax)");
        p.put("hourlyMax", c.hourlyMax());
      }
      if (c.experienceLevel() != null) {
        where.add("j.experience_level = :experienceLevel");
        p.put("experienceLevel", c.experienceLevel().name());
      }
      if (c.clientRatingMin() != null) {
        where.add(LISTING_FRESH + " and j.client_rating >= :clientRatingMin");
        p.put("clientRatingMin", c.clientRatingMin());
      }
      if (c.clientSpentMin() != null) {
        where.add(LISTING_FRESH + " and j.client_total_spent >= :clientSpentMin");
        p.put("clientSpentMin", c.clientSpentMin());
      }
      if (c.onlyVerifiedPayment()) {
        where.add("j.client_payment_verified");
      }
      if (c.postedWithinHours() != null) {
        where.add(LISTING_FRESH + " and j.posted_at >= :postedAfter");
        p.put("postedAfter", timestamp(query.now().minus(Duration.ofHours(c.postedWithinHours()))));
      }
      if (c.proposalsMin() != null) {
        where.add(LISTING_FRESH + " and j.total_applicants >= :proposalsMin");
        p.put("proposalsMin", c.proposalsMin());
      }
      if (c.proposalsMax() != null) {
        where.add(LISTING_FRESH + " and j.total_applicants <= :proposalsMax");
        p.put("proposalsMax", c.proposalsMax());
      }
      if (!query.includeHidden()) {
        where.add(
            "not exists (select 1 from job_hidden h where h.member_id = :member"
                + " and h.upwork_job_id = j.upwork_id)");
      }
      return new Filter(where, p, keywords);
    }

    String from() {
      return "cached_jobs j";
    }

    String where() {
      return String.join(" and ", conditions);
    }
  }
}
