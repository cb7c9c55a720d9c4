package com.crewbid.jobs;

/**
 * What running a saved search brought: the fetch from Upwork, how many jobs it newly matched (none
 * on a search's first run, which records what exists as seen), and the search as it is now.
 */
public record SavedSearchRun(SavedSearch search, FetchOutcome fetch, int newMatches) {}
