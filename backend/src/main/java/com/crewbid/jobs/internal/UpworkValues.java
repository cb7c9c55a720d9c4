package com.crewbid.jobs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Upwork's values made to fit the cache's columns ({@code tenant/V3__jobs.sql}): Upwork documents
 * no lengths or ranges, and an answer of the right shape may still hold a longer label or a larger
 * number than a column takes. Texts are cut (at a character, never inside one) and cleaned of what
 * PostgreSQL refuses, numbers outside a column's range (or negative) are dropped (unknown rather
 * than wrong), and an id that cannot be a key ({@link #validId}) makes the posting unusable.
 */
final class UpworkValues {

  /** Upwork's job ids are long numbers; ciphertexts look like {@code ~01…}. */
  private static final Pattern ID = Pattern.compile("[0-9A-Za-z~_-]{1,32}");

  private static final BigDecimal MONEY_14_2 = new BigDecimal("999999999999.99");
  private static final BigDecimal MONEY_10_2 = new BigDecimal("99999999.99");
  private static final BigDecimal MAX_RATING = new BigDecimal("5.00");

  private UpworkValues() {}

  static boolean validId(@Nullable String upworkId) {
    return upworkId != null && ID.matcher(upworkId).matches();
  }

  /** The posting with every value fitting its column; its id must be {@link #validId valid}. */
  static FetchedJob bounded(FetchedJob job) {
    if (!validId(job.upworkId())) {
      throw new IllegalArgumentException("Not an Upwork job id");
    }
    return new FetchedJob(
        job.upworkId(),
        job.ciphertext() != null && ID.matcher(job.ciphertext()).matches()
            ? job.ciphertext()
            : null,
        text(job.title(), 100_000),
        job.description() == null ? "" : text(job.description(), 1_000_000),
        job.skills().stream()
            .map(s -> text(s, 200))
            .filter(s -> s != null && !s.isBlank())
            .limit(100)
            .toList(),
        text(job.categoryId(), 40),
        text(job.category(), 200),
        text(job.subcategory(), 200),
        "HOURLY".equals(job.jobType()) ? "HOURLY" : "FIXED",
        job.currency() != null && job.currency().matches("[A-Z]{3}") ? job.currency() : "USD",
        amount(job.budgetAmount(), MONEY_14_2),
        amount(job.hourlyMin(), MONEY_10_2),
        amount(job.hourlyMax(), MONEY_10_2),
        text(job.experienceLevel(), 20),
        text(job.duration(), 20),
        text(job.durationLabel(), 60),
        text(job.engagement(), 60),
        count(job.totalApplicants()),
        job.clientId() != null && ID.matcher(job.clientId()).matches() ? job.clientId() : null,
        text(job.clientName(), 200),
        text(job.clientCountry(), 100),
        text(job.clientCity(), 100),
        job.clientRating() == null
                || job.clientRating().signum() < 0
                || job.clientRating().compareTo(MAX_RATING) > 0
            ? null
            : job.clientRating().setScale(2, RoundingMode.HALF_UP),
        count(job.clientReviews()),
        amount(job.clientTotalSpent(), MONEY_14_2),
        count(job.clientHires()),
        count(job.clientJobsPosted()),
        job.clientPaymentVerified(),
        job.clientMemberSince(),
        job.coverLetterRequired(),
        job.screeningQuestions() == null
            ? null
            : job.screeningQuestions().stream()
                .map(q -> text(q, 5_000))
                .filter(q -> q != null && !q.isBlank())
                .limit(50)
                .toList(),
        job.postedAt());
  }

  /** At most {@code max} characters (code points, as PostgreSQL counts them), without NUL. */
  static @Nullable String text(@Nullable String value, int max) {
    String clean = Markers.clean(value);
    if (clean == null || clean.codePointCount(0, clean.length()) <= max) {
      return clean;
    }
    return clean.substring(0, clean.offsetByCodePoints(0, max));
  }

  private static @Nullable BigDecimal amount(@Nullable BigDecimal value, BigDecimal max) {
    if (value == null || value.signum() < 0 || value.compareTo(max) > 0) {
      return null;
    }
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  private static @Nullable Integer count(@Nullable Integer value) {
    return value == null || value < 0 ? null : value;
  }

  /** The postings that can be cached: a valid id and a title. */
  static List<FetchedJob> usable(List<FetchedJob> jobs) {
    return jobs.stream()
        .filter(job -> validId(job.upworkId()) && job.title() != null && !job.title().isBlank())
        .toList();
  }
}
