package com.crewbid.jobs;

/** Orders of search results. Ties fall back to the newest first, then the job id. */
public enum JobSort {
  /** Best keyword match first (newest first without keywords). */
  RELEVANCE,
  NEWEST,
  OLDEST,
  /** The fixed budget or the top of the hourly range, highest first. */
  BUDGET_HIGHEST,
  BUDGET_LOWEST
}
