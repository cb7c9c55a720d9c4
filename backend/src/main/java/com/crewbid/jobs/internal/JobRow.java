package com.crewbid.jobs.internal;

import com.crewbid.jobs.ExperienceLevel;
import com.crewbid.jobs.Highlighted;
import com.crewbid.jobs.JobCategory;
import com.crewbid.jobs.JobClient;
import com.crewbid.jobs.JobDetail;
import com.crewbid.jobs.JobSummary;
import com.crewbid.jobs.JobType;
import com.crewbid.shared.Money;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A cached job as read from {@code cached_jobs}, with the reading member's marks. */
public record JobRow(
    String upworkId,
    @Nullable String ciphertext,
    String title,
    String description,
    List<String> skills,
    @Nullable String categoryId,
    @Nullable String category,
    @Nullable String subcategory,
    JobType jobType,
    String currency,
    @Nullable BigDecimal budgetAmount,
    @Nullable BigDecimal hourlyMin,
    @Nullable BigDecimal hourlyMax,
    @Nullable ExperienceLevel experienceLevel,
    @Nullable String durationLabel,
    @Nullable String engagement,
    @Nullable Integer totalApplicants,
    JobClient client,
    @Nullable Boolean coverLetterRequired,
    @Nullable String screeningQuestionsJson,
    @Nullable Instant postedAt,
    Instant fetchedAt,
    boolean favorite,
    boolean hidden) {

  static final String UPWORK_JOB_URL = "https://www.upwork.com/jobs/";

  private static final TypeReference<List<String>> QUESTIONS = new TypeReference<>() {};

  /**
   * Reads a row as of {@code freshAfter}: a part of the content (the search result's listing, the
   * detail's screening questions) whose own fetch is not younger than that counts as unknown, even
   * before the purge has removed it.
   */
  static JobRow read(ResultSet rs, Instant freshAfter) throws SQLException {
    Instant listingAt = instant(rs, "listing_fetched_at");
    Instant detailAt = instant(rs, "detail_fetched_at");
    boolean listing = listingAt != null && listingAt.isAfter(freshAfter);
    boolean detail = detailAt != null && detailAt.isAfter(freshAfter);
    String currency = rs.getString("currency").strip();
    BigDecimal spent = listing ? rs.getBigDecimal("client_total_spent") : null;
    return new JobRow(
        rs.getString("upwork_id"),
        listing ? rs.getString("ciphertext") : null,
        rs.getString("title"),
        rs.getString("description"),
        strings(rs.getArray("skills")),
        rs.getString("category_id"),
        rs.getString("category"),
        rs.getString("subcategory"),
        JobType.valueOf(rs.getString("job_type")),
        currency,
        rs.getBigDecimal("budget_amount"),
        rs.getBigDecimal("hourly_min"),
        rs.getBigDecimal("hourly_max"),
        level(rs.getString("experience_level")),
        listing ? rs.getString("duration_label") : null,
        listing ? rs.getString("engagement") : null,
        listing ? rs.getObject("total_applicants", Integer.class) : null,
        new JobClient(
            rs.getString("client_id"),
            rs.getString("client_name"),
            rs.getString("client_country"),
            rs.getString("client_city"),
            listing ? rs.getBigDecimal("client_rating") : null,
            listing ? rs.getObject("client_reviews", Integer.class) : null,
            spent == null ? null : Money.of(spent, currency),
            listing ? rs.getObject("client_hires", Integer.class) : null,
            listing ? rs.getObject("client_jobs_posted", Integer.class) : null,
            rs.getObject("client_payment_verified", Boolean.class),
            listing ? instant(rs, "client_member_since") : null),
        detail ? rs.getObject("cover_letter_required", Boolean.class) : null,
        detail ? rs.getString("screening_questions") : null,
        listing ? instant(rs, "posted_at") : null,
        instant(rs, "fetched_at"),
        rs.getBoolean("favorite"),
        rs.getBoolean("hidden"));
  }

  public JobSummary toSummary(Highlighted title, Highlighted snippet, @Nullable Double relevance) {
    return new JobSummary(
        upworkId,
        title,
        snippet,
        skills,
        categoryView(),
        jobType,
        money(budgetAmount),
        money(hourlyMin),
        money(hourlyMax),
        experienceLevel,
        durationLabel,
        engagement,
        totalApplicants,
        client,
        postedAt,
        fetchedAt,
        favorite,
        hidden,
        relevance,
        upworkUrl());
  }

  public JobSummary toSummary() {
    return toSummary(Highlighted.plain(title), Highlighted.plain(snippet()), null);
  }

  public JobDetail toDetail(JsonMapper json, Duration maxAge) {
    List<JobDetail.ScreeningQuestion> questions = null;
    if (screeningQuestionsJson != null) {
      List<String> texts = json.readValue(screeningQuestionsJson, QUESTIONS);
      questions =
          java.util.stream.IntStream.range(0, texts.size())
              .mapToObj(i -> new JobDetail.ScreeningQuestion(i + 1, texts.get(i)))
              .toList();
    }
    return new JobDetail(
        upworkId,
        title,
        description,
        skills,
        categoryView(),
        subcategory,
        jobType,
        money(budgetAmount),
        money(hourlyMin),
        money(hourlyMax),
        experienceLevel,
        durationLabel,
        engagement,
        totalApplicants,
        client,
        coverLetterRequired,
        questions,
        postedAt,
        fetchedAt,
        fetchedAt.plus(maxAge),
        favorite,
        hidden,
        upworkUrl());
  }

  /** Whether the detail's screening questions were fetched within the maximum age. */
  public boolean screeningQuestionsKnown() {
    return screeningQuestionsJson != null;
  }

  /** The start of the description, cut at a word, for results without keywords. */
  String snippet() {
    String flat = description.replaceAll("\\s+", " ").strip();
    if (flat.length() <= 280) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', 280);
    return flat.substring(0, cut > 200 ? cut : 280) + " …";
  }

  private @Nullable JobCategory categoryView() {
    return categoryId == null || category == null ? null : new JobCategory(categoryId, category);
  }

  private @Nullable Money money(@Nullable BigDecimal amount) {
    return amount == null ? null : Money.of(amount, currency);
  }

  private @Nullable String upworkUrl() {
    return ciphertext == null ? null : UPWORK_JOB_URL + ciphertext;
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static @Nullable ExperienceLevel level(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return ExperienceLevel.valueOf(value);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
