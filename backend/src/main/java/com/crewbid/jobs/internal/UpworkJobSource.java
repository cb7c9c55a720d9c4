package com.crewbid.jobs.internal;

import com.crewbid.jobs.JobSearchCriteria;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.client.UpworkClient;
import com.crewbid.upwork.client.UpworkResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Asks Upwork for postings as a member (their link, their organization): a page of a search, or one
 * posting's detail. Only what Upwork's search filters is sent; the cache applies every filter
 * again, since Upwork ignores some (budget and rate ranges) and has none for others.
 */
@Component
public class UpworkJobSource {

  /** Plain words and quoted phrases of web-search keywords; {@code -word} and {@code or} aside. */
  private static final Pattern TERMS = Pattern.compile("\"([^\"]*)\"|(\\S+)");

  private final UpworkClient upwork;

  UpworkJobSource(UpworkClient upwork) {
    this.upwork = upwork;
  }

  /** One page of Upwork's results, newest first. */
  public record Page(List<FetchedJob> jobs, @Nullable Integer total, @Nullable String nextCursor) {}

  public Page search(UpworkCaller caller, JobSearchCriteria criteria, @Nullable String after) {
    UpworkResult<UpworkJobQueries.SearchConnection> result =
        upwork.query(
            caller,
            UpworkJobQueries.SEARCH,
            Map.of("filter", filter(criteria, after)),
            "marketplaceJobPostingsSearch",
            UpworkJobQueries.SearchConnection.class);
    UpworkJobQueries.SearchConnection connection =
        result.value().orElse(new UpworkJobQueries.SearchConnection(0, List.of(), null));
    return new Page(
        connection.nodes().stream().map(UpworkJobQueries::fromSearch).toList(),
        connection.totalCount(),
        connection.hasNextPage() ? connection.pageInfo().endCursor() : null);
  }

  /** The posting with its screening questions; empty when Upwork has no such (open) posting. */
  public Optional<FetchedJob> posting(UpworkCaller caller, String upworkId) {
    try {
      return upwork
          .query(
              caller,
              UpworkJobQueries.POSTING,
              Map.of("id", upworkId),
              "marketplaceJobPosting",
              UpworkJobQueries.Posting.class)
          .value()
          .map(UpworkJobQueries::fromPosting);
    } catch (com.crewbid.upwork.client.UpworkNotFound gone) {
      return Optional.empty();
    }
  }

  static Map<String, Object> filter(JobSearchCriteria criteria, @Nullable String after) {
    Map<String, Object> filter = new LinkedHashMap<>();
    String expression = upworkExpression(criteria.keywords());
    if (expression != null) {
      filter.put("searchExpression_eq", expression);
    }
    if (!criteria.categoryIds().isEmpty()) {
      filter.put("categoryIds_any", criteria.categoryIds());
    }
    if (criteria.jobType() != null) {
      filter.put("jobType_eq", criteria.jobType().name());
    }
    if (criteria.experienceLevel() != null) {
      filter.put("experienceLevel_eq", criteria.experienceLevel().name());
    }
    if (criteria.onlyVerifiedPayment()) {
      filter.put("verifiedPaymentOnly_eq", true);
    }
    range(filter, "budgetRange_eq", criteria.budgetMin(), criteria.budgetMax());
    range(filter, "hourlyRate_eq", criteria.hourlyMin(), criteria.hourlyMax());
    range(
        filter,
        "proposalRange_eq",
        criteria.proposalsMin() == null ? null : BigDecimal.valueOf(criteria.proposalsMin()),
        criteria.proposalsMax() == null ? null : BigDecimal.valueOf(criteria.proposalsMax()));
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("first", UpworkJobQueries.PAGE_SIZE);
    if (after != null) {
      pagination.put("after", after);
    }
    filter.put("pagination_eq", pagination);
    return filter;
  }

  /**
   * The words every result must contain: Upwork is asked for these, and the cache then applies the
   * member's full syntax (alternatives, exclusions, phrases).
   */
  static @Nullable String upworkExpression(@Nullable String keywords) {
    if (keywords == null) {
      return null;
    }
    if (keywords.toLowerCase(java.util.Locale.ROOT).matches(".*(^|\\s)or(\\s|$).*")) {
      // Alternatives: Upwork would take every word as required; ask without keywords instead.
      return null;
    }
    Matcher terms = TERMS.matcher(keywords);
    List<String> words = new java.util.ArrayList<>();
    while (terms.find()) {
      String term = terms.group(1) != null ? terms.group(1) : terms.group(2);
      if (!term.isBlank() && !term.startsWith("-")) {
        words.add(term.strip());
      }
    }
    String expression = words.stream().collect(Collectors.joining(" "));
    return expression.isBlank() ? null : expression;
  }

  private static void range(
      Map<String, Object> filter, String name, @Nullable BigDecimal min, @Nullable BigDecimal max) {
    if (min == null && max == null) {
      return;
    }
    Map<String, Object> range = new LinkedHashMap<>();
    if (min != null) {
      range.put("rangeStart", whole(min.setScale(0, RoundingMode.FLOOR)));
    }
    if (max != null) {
      range.put("rangeEnd", whole(max.setScale(0, RoundingMode.CEILING)));
    }
    filter.put(name, range);
  }

  private static int whole(BigDecimal value) {
    return value.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
  }
}
