package com.crewbid.jobs;

/** The freelancer tier a client asks for (Upwork's ExperienceLevel). */
public enum ExperienceLevel {
  ENTRY_LEVEL,
  INTERMEDIATE,
  EXPERT
}
