package com.crewbid.proposals.internal;

import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.TenantScopedRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

/** The clicks on "Send via Upwork" in the current agency. */
public interface SendAttemptRecords extends TenantScopedRepository<SendAttemptRecord, UUID> {

  SendAttemptRecord save(SendAttemptRecord attempt);

  Optional<SendAttemptRecord> findById(UUID id);

  Optional<SendAttemptRecord> findByProposalIdAndIdempotencyKey(UUID proposalId, String key);

  Optional<SendAttemptRecord> findFirstByProposalIdOrderByClickedAtDesc(UUID proposalId);

  /**
   * The agency's latest attempts that tell whether its API key may submit: sent ones, and those
   * Upwork refused for the missing permission (newest first; ask for one).
   */
  @Query(
      "select a from SendAttemptRecord a where a.outcome = :sent or a.problem = :refused"
          + " order by a.clickedAt desc")
  List<SendAttemptRecord> telling(
      SendAttemptRecord.Outcome sent, ProblemType refused, Pageable first);
}
