package com.crewbid.proposals.internal;

import com.crewbid.approvals.ProposalFacts;
import com.crewbid.proposals.ProposalState;
import org.springframework.stereotype.Component;

/**
 * The facts the approval policy decides on, taken from a proposal and the agency's own records:
 *
 * <ul>
 *   <li>the bid (the fixed price or the hourly rate) and the Connects it costs;
 *   <li>the job's category;
 *   <li>a <em>new client</em> is one the agency was never hired by: no proposal of the agency for a
 *       job of this client (by Upwork's client company id) ended HIRED. A job whose client Upwork
 *       did not name counts as a new client, so that a rule about new clients errs towards a look;
 *   <li>the author's prior proposals: those they sent in this agency before (whatever became of
 *       them).
 * </ul>
 */
@Component
class PolicyFacts {

  private final ProposalRecords proposals;

  PolicyFacts(ProposalRecords proposals) {
    this.proposals = proposals;
  }

  /** The facts of a complete proposal (it has a bid). */
  ProposalFacts of(ProposalRecord p) {
    Bid bid = p.bid();
    if (bid == null) {
      throw new IllegalStateException("A proposal without a bid has no facts to approve");
    }
    boolean newClient =
        p.jobClientId() == null
            || !proposals.existsByJobClientIdAndState(p.jobClientId(), ProposalState.HIRED);
    int prior =
        (int) proposals.countByAuthorIdAndSentAtIsNotNullAndIdNot(p.author().value(), p.id());
    return new ProposalFacts(
        p.id(), p.author(), bid.amount(), p.connects(), p.jobCategory(), newClient, prior);
  }
}
