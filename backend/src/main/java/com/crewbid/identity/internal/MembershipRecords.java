package com.crewbid.identity.internal;

import com.crewbid.identity.AgencyRole;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRecords extends JpaRepository<MembershipRecord, UUID> {

  List<MembershipRecord> findByUserIdOrderByCreatedAtAsc(UUID userId);

  List<MembershipRecord> findByTenantId(UUID tenantId);

  long countByTenantIdAndRole(UUID tenantId, AgencyRole role);

  Optional<MembershipRecord> findByUserIdAndTenantId(UUID userId, UUID tenantId);

  Optional<MembershipRecord> findFirstByTenantIdAndRoleOrderByCreatedAtAsc(
      UUID tenantId, AgencyRole role);
}
