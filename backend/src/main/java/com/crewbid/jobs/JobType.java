package com.crewbid.jobs;

/** How a job pays: a fixed price for the whole work, or by the hour (Upwork's ContractType). */
public enum JobType {
  FIXED,
  HOURLY
}
