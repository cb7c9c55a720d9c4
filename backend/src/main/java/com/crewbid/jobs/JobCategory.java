package com.crewbid.jobs;

/** An Upwork job category: its id (what filters use) and its label. */
public record JobCategory(String id, String label) {}
