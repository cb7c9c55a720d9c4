package com.crewbid.approvals.internal;

import com.crewbid.tenancy.TenantScopedRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApprovalPolicyRecords extends TenantScopedRepository<ApprovalPolicyRecord, UUID> {

  Optional<ApprovalPolicyRecord> findById(UUID id);

  ApprovalPolicyRecord saveAndFlush(ApprovalPolicyRecord policy);

  /** Creates the policy row with these rules unless it exists (two first readers may race). */
  @Modifying
  @Query(
      value =
          "insert into approval_policy (id, rules, version) values (:id, cast(:rules as jsonb), 0)"
              + " on conflict (id) do nothing",
      nativeQuery = true)
  int createIfMissing(@Param("id") UUID id, @Param("rules") String rulesJson);
}
