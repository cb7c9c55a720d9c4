package com.crewbid.jobs.web;

import com.crewbid.jobs.JobSort;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Page sizes and the sort parameter of job lists. */
final class Paging {

  static final int MAX_SIZE = 100;

  private Paging() {}

  /** Sizes above the maximum are capped, as for every list; zero means the default. */
  static int size(int requested) {
    return requested <= 0 ? 20 : Math.min(requested, MAX_SIZE);
  }

  /**
   * {@code relevance}, {@code postedAt,desc} (newest), {@code postedAt,asc}, {@code budget,desc} or
   * {@code budget,asc}; none: relevance (which is newest first without keywords).
   */
  static @Nullable JobSort sort(@Nullable String sort) {
    if (sort == null || sort.isBlank()) {
      return null;
    }
    return switch (sort.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "relevance" -> JobSort.RELEVANCE;
      case "postedat", "postedat,desc", "newest" -> JobSort.NEWEST;
      case "postedat,asc", "oldest" -> JobSort.OLDEST;
      case "budget", "budget,desc" -> JobSort.BUDGET_HIGHEST;
      case "budget,asc" -> JobSort.BUDGET_LOWEST;
      default ->
          throw new ProblemException(
              ProblemType.VALIDATION,
              "Cannot sort by '" + sort + "'.",
              List.of(
                  new ProblemException.FieldProblem(
                      "sort",
                      "one of relevance, postedAt,desc, postedAt,asc, budget,desc, budget,asc")));
    };
  }
}
