package com.crewbid.jobs.internal;

import com.crewbid.tenancy.TenantScopedRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The current agency's saved searches. */
public interface SavedSearchRecords extends TenantScopedRepository<SavedSearchRecord, UUID> {

  SavedSearchRecord save(SavedSearchRecord search);

  SavedSearchRecord saveAndFlush(SavedSearchRecord search);

  Optional<SavedSearchRecord> findByIdAndMemberId(UUID id, UUID memberId);

  Optional<SavedSearchRecord> findById(UUID id);

  Page<SavedSearchRecord> findByMemberIdOrderByCreatedAtAsc(UUID memberId, Pageable pageable);

  long countByMemberId(UUID memberId);

  /** Opted-in searches whose next run has come, the longest waiting first. */
  List<SavedSearchRecord> findByRefreshMinutesNotNullAndNextRunAtLessThanEqualOrderByNextRunAtAsc(
      Instant now, Limit limit);

  void delete(SavedSearchRecord search);
}
