package com.crewbid.proposals.internal;

import com.crewbid.tenancy.TenantScopedRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The timelines of the current agency's proposals. */
public interface ProposalHistoryRecords
    extends TenantScopedRepository<ProposalHistoryRecord, UUID> {

  ProposalHistoryRecord save(ProposalHistoryRecord entry);

  List<ProposalHistoryRecord> findByProposalIdOrderBySeqAsc(UUID proposalId);

  /** The proposal's latest step. */
  Optional<ProposalHistoryRecord> findFirstByProposalIdOrderBySeqDesc(UUID proposalId);
}
