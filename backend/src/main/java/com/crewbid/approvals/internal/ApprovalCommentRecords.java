package com.crewbid.approvals.internal;

import com.crewbid.tenancy.TenantScopedRepository;
import java.util.List;
import java.util.UUID;

public interface ApprovalCommentRecords
    extends TenantScopedRepository<ApprovalCommentRecord, UUID> {

  ApprovalCommentRecord save(ApprovalCommentRecord comment);

  List<ApprovalCommentRecord> findBySubjectIdOrderByCreatedAtAscIdAsc(UUID subjectId);
}
