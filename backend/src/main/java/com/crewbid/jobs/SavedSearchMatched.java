package com.crewbid.jobs;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.util.List;
import java.util.UUID;

/**
 * A saved search found jobs it had not matched before (published once per run that found any, by
 * the scheduler or a run the member asked for). For alerts: the member sees them as new matches.
 */
public record SavedSearchMatched(
    TenantId tenant, UserId member, UUID savedSearchId, String searchName, List<String> jobIds) {

  public SavedSearchMatched {
    jobIds = List.copyOf(jobIds);
  }
}
