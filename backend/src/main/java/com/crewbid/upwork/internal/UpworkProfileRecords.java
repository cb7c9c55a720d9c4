package com.crewbid.upwork.internal;

import com.crewbid.tenancy.TenantScopedRepository;
import java.util.Optional;
import java.util.UUID;

/** The members' imported Upwork profiles (the current tenant's schema). */
public interface UpworkProfileRecords extends TenantScopedRepository<UpworkProfileRecord, UUID> {

  Optional<UpworkProfileRecord> findById(UUID memberId);

  UpworkProfileRecord saveAndFlush(UpworkProfileRecord profile);
}
