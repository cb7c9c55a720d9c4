package com.crewbid.approvals.internal;

import com.crewbid.approvals.ApprovalState;
import com.crewbid.tenancy.TenantScopedRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApprovalRequestRecords
    extends TenantScopedRepository<ApprovalRequestRecord, UUID> {

  Optional<ApprovalRequestRecord> findBySubjectId(UUID subjectId);

  @Query(
      "select distinct r from ApprovalRequestRecord r left join fetch r.decisions"
          + " where r.state = :state order by r.openedAt")
  List<ApprovalRequestRecord> findWithDecisionsByState(@Param("state") ApprovalState state);

  ApprovalRequestRecord saveAndFlush(ApprovalRequestRecord request);

  void flush();
}
