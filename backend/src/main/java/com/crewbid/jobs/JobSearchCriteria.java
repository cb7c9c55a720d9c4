package com.crewbid.jobs;

import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a member looks for: keywords and filters, each optional. The same criteria ask Upwork (for
 * what Upwork filters) and search the cache (all of them, since Upwork ignores some).
 *
 * @param keywords words to find, in web-search syntax: {@code "exact phrase"}, {@code or}, {@code
 *     -excluded}
 * @param categoryIds Upwork category ids; a job in any of them matches
 * @param budgetMin fixed-price jobs only: the least budget (hourly jobs pass, as at Upwork)
 * @param budgetMax fixed-price jobs only: the greatest budget
 * @param hourlyMin hourly jobs only: the job's range reaches at least this rate (fixed jobs pass)
 * @param hourlyMax hourly jobs only: the job's range starts at most at this rate
 * @param clientRatingMin the client's average feedback, 0 to 5
 * @param clientSpentMin what the client has spent on Upwork, in the job's currency
 * @param paymentVerified true: only clients with a verified payment method
 * @param postedWithinHours only jobs posted this many hours ago or less
 * @param proposalsMin the least number of proposals the job has
 * @param proposalsMax the greatest number of proposals the job has
 */
public record JobSearchCriteria(
    @Nullable String keywords,
    List<String> categoryIds,
    @Nullable JobType jobType,
    @Nullable BigDecimal budgetMin,
    @Nullable BigDecimal budgetMax,
    @Nullable BigDecimal hourlyMin,
    @Nullable BigDecimal hourlyMax,
    @Nullable ExperienceLevel experienceLevel,
    @Nullable BigDecimal clientRatingMin,
    @Nullable BigDecimal clientSpentMin,
    @Nullable Boolean paymentVerified,
    @Nullable Integer postedWithinHours,
    @Nullable Integer proposalsMin,
    @Nullable Integer proposalsMax) {

  public static final int MAX_KEYWORDS_LENGTH = 200;
  public static final int MAX_CATEGORIES = 20;

  /** The largest amount a money filter takes (budgets, rates, a client's spend). */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

  /** A month: jobs older than that are not worth a filter (and the cache holds a day anyway). */
  public static final int MAX_POSTED_WITHIN_HOURS = 24 * 30;

  public JobSearchCriteria {
    keywords = keywords == null || keywords.isBlank() ? null : keywords.strip();
    categoryIds =
        categoryIds == null
            ? List.of()
            : categoryIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
  }

  public static JobSearchCriteria none() {
    return new JobSearchCriteria(
        null, List.of(), null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static JobSearchCriteria keywords(String keywords) {
    return none().withKeywords(keywords);
  }

  public JobSearchCriteria withKeywords(@Nullable String words) {
    return new JobSearchCriteria(
        words,
        categoryIds,
        jobType,
        budgetMin,
        budgetMax,
        hourlyMin,
        hourlyMax,
        experienceLevel,
        clientRatingMin,
        clientSpentMin,
        paymentVerified,
        postedWithinHours,
        proposalsMin,
        proposalsMax);
  }

  public boolean onlyVerifiedPayment() {
    return Boolean.TRUE.equals(paymentVerified);
  }

  /**
   * Throws a validation problem naming every field out of range (prefixed with {@code prefix}, e.g.
   * {@code "criteria."} inside a saved search).
   */
  public JobSearchCriteria requireValid(String prefix) {
    List<ProblemException.FieldProblem> problems = new ArrayList<>();
    if (keywords != null && keywords.length() > MAX_KEYWORDS_LENGTH) {
      problems.add(problem(prefix, "keywords", "at most " + MAX_KEYWORDS_LENGTH + " characters"));
    }
    if (categoryIds.size() > MAX_CATEGORIES) {
      problems.add(problem(prefix, "categoryIds", "at most " + MAX_CATEGORIES + " categories"));
    }
    if (categoryIds.stream().anyMatch(id -> !id.matches("[0-9A-Za-z:_-]{1,40}"))) {
      problems.add(problem(prefix, "categoryIds", "not an Upwork category id"));
    }
    amount(problems, prefix, "budgetMin", budgetMin);
    amount(problems, prefix, "budgetMax", budgetMax);
    amount(problems, prefix, "hourlyMin", hourlyMin);
    amount(problems, prefix, "hourlyMax", hourlyMax);
    range(problems, prefix, "budget", budgetMin, budgetMax);
    range(problems, prefix, "hourly", hourlyMin, hourlyMax);
    if (clientRatingMin != null
        && (clientRatingMin.signum() < 0 || clientRatingMin.compareTo(BigDecimal.valueOf(5)) > 0)) {
      problems.add(problem(prefix, "clientRatingMin", "must be between 0 and 5"));
    } else if (clientRatingMin != null && decimals(clientRatingMin) > 2) {
      problems.add(problem(prefix, "clientRatingMin", "at most 2 decimal places"));
    }
    if (clientSpentMin != null && clientSpentMin.signum() < 0) {
      problems.add(problem(prefix, "clientSpentMin", "must be at least 0"));
    }
    amount(problems, prefix, "clientSpentMin", clientSpentMin);
    if (postedWithinHours != null
        && (postedWithinHours < 1 || postedWithinHours > MAX_POSTED_WITHIN_HOURS)) {
      problems.add(
          problem(prefix, "postedWithinHours", "must be between 1 and " + MAX_POSTED_WITHIN_HOURS));
    }
    range(
        problems,
        prefix,
        "proposals",
        proposalsMin == null ? null : BigDecimal.valueOf(proposalsMin),
        proposalsMax == null ? null : BigDecimal.valueOf(proposalsMax));
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, "Some filters are invalid.", problems);
    }
    return this;
  }

  /** An amount of money: at most {@link #MAX_AMOUNT}, in cents at the finest. */
  private static void amount(
      List<ProblemException.FieldProblem> problems,
      String prefix,
      String name,
      @Nullable BigDecimal value) {
    if (value == null) {
      return;
    }
    if (value.compareTo(MAX_AMOUNT) > 0) {
      problems.add(problem(prefix, name, "at most " + MAX_AMOUNT.toPlainString()));
    } else if (decimals(value) > 2) {
      problems.add(problem(prefix, name, "at most 2 decimal places"));
    }
  }

  private static int decimals(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  private static void range(
      List<ProblemException.FieldProblem> problems,
      String prefix,
      String name,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max) {
    if (min != null && min.signum() < 0) {
      problems.add(problem(prefix, name + "Min", "must be at least 0"));
    }
    if (max != null && max.signum() < 0) {
      problems.add(problem(prefix, name + "Max", "must be at least 0"));
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      problems.add(problem(prefix, name + "Max", "must not be less than the minimum"));
    }
  }

  private static ProblemException.FieldProblem problem(String prefix, String field, String text) {
    return new ProblemException.FieldProblem(prefix + field, text);
  }
}
