package com.crewbid.jobs;

import org.jspecify.annotations.Nullable;

/** What a member sets on a saved search. */
public record SavedSearchChange(
    String name, JobSearchCriteria criteria, @Nullable Integer refreshMinutes) {}
