package com.crewbid.proposals.templates;

import com.crewbid.tenancy.TenantScopedRepository;
import java.util.List;
import java.util.Optional;

/** The current agency's custom variables. */
public interface ProposalVariableRecords
    extends TenantScopedRepository<ProposalVariableRecord, String> {

  ProposalVariableRecord save(ProposalVariableRecord variable);

  ProposalVariableRecord saveAndFlush(ProposalVariableRecord variable);

  Optional<ProposalVariableRecord> findById(String key);

  List<ProposalVariableRecord> findAllByOrderByKeyAsc();

  void delete(ProposalVariableRecord variable);
}
