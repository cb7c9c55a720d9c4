package com.crewbid.identity.internal;

import com.crewbid.identity.AgencyRole;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRecords extends JpaRepository<MembershipRecord, UUID> {

  List<MembershipRecord> findByUserIdOrderByCreatedAtAsc(UUID userId);

  List<MembershipRecord> findByTenantId(UUID tenantId);

  long countByTenantIdAndRole(UUID tenantId, AgencyRole role);

  /**
   * The agency's owners, locked until the transaction ends: changes that could take away an owner
   * take this first, so two of them at once cannot leave the agency without one.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query(
      "select m from MembershipRecord m where m.tenantId = :tenantId and m.role ="
          + " com.crewbid.identity.AgencyRole.OWNER order by m.id")
  List<MembershipRecord> lockOwners(UUID tenantId);

  Optional<MembershipRecord> findByUserIdAndTenantId(UUID userId, UUID tenantId);

  Optional<MembershipRecord> findFirstByTenantIdAndRoleOrderByCreatedAtAsc(
      UUID tenantId, AgencyRole role);
}
