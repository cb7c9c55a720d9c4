package com.crewbid.upwork.internal;

import com.crewbid.tenancy.TenantScopedRepository;
import com.crewbid.upwork.UpworkLinkStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The agency's links to Upwork accounts (the current tenant's schema). */
public interface UpworkLinkRecords extends TenantScopedRepository<UpworkLinkRecord, UUID> {

  Optional<UpworkLinkRecord> findById(UUID memberId);

  List<UpworkLinkRecord> findAll();

  /** The active (not unlinked) links to an Upwork account; at most one, by a unique index. */
  List<UpworkLinkRecord> findByUpworkUserIdAndStatusNot(
      String upworkUserId, UpworkLinkStatus status);

  UpworkLinkRecord save(UpworkLinkRecord link);

  UpworkLinkRecord saveAndFlush(UpworkLinkRecord link);

  void delete(UpworkLinkRecord link);

  void flush();
}
