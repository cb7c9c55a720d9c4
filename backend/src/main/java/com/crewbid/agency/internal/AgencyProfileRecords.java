package com.crewbid.agency.internal;

import com.crewbid.tenancy.TenantScopedRepository;
import java.util.Optional;
import java.util.UUID;

public interface AgencyProfileRecords extends TenantScopedRepository<AgencyProfileRecord, UUID> {

  AgencyProfileRecord save(AgencyProfileRecord profile);

  AgencyProfileRecord saveAndFlush(AgencyProfileRecord profile);

  Optional<AgencyProfileRecord> findById(UUID id);
}
