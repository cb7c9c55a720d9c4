package com.crewbid.approvals;

import com.crewbid.shared.Money;
import com.crewbid.shared.UserId;
import java.util.Objects;
import java.util.UUID;

/**
 * What an approval policy looks at when something is submitted for approval: facts about it, not
 * its text. The proposals module builds them from a proposal, its job and its author.
 *
 * @param subjectId the thing to approve (a proposal's id); it has at most one approval request
 * @param author who wrote it and asks for approval; they never decide on it themselves
 * @param bid what it bids: the fixed price, or the hourly rate for an hourly job
 * @param connects the Connects that submitting it costs (0 or more)
 * @param category the job's Upwork category, such as "Web Development"; null when unknown
 * @param newClient true when the agency has never worked with this client
 * @param authorPriorProposals how many proposals the author sent in this agency before this one
 */
public record ProposalFacts(
    UUID subjectId,
    UserId author,
    Money bid,
    int connects,
    String category,
    boolean newClient,
    int authorPriorProposals) {

  public ProposalFacts {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(bid, "bid");
    if (connects < 0 || authorPriorProposals < 0) {
      throw new IllegalArgumentException("connects and authorPriorProposals are never negative");
    }
    category = category == null || category.isBlank() ? null : category.trim();
  }

  /**
   * Whether any fact a rule can look at differs between the two (the author's count of earlier
   * proposals grows by itself and is not a change of this subject).
   */
  boolean differsMateriallyFrom(ProposalFacts other) {
    return !bid.equals(other.bid)
        || connects != other.connects
        || !Objects.equals(category, other.category)
        || newClient != other.newClient
        || !author.equals(other.author);
  }
}
