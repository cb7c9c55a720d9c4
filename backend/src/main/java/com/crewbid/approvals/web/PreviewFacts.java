package com.crewbid.approvals.web;

import com.crewbid.approvals.ProposalFacts;
import com.crewbid.approvals.RuleDraft;
import com.crewbid.shared.Money;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemException.FieldProblem;
import com.crewbid.shared.web.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The facts of an imagined proposal to preview the policy on, checked field by field. */
final class PreviewFacts {

  private PreviewFacts() {}

  static ProposalFacts from(
      RuleDraft.Amount bid,
      Integer connects,
      String category,
      Boolean newClient,
      Integer authorPriorProposals,
      UserId author) {
    List<FieldProblem> problems = new ArrayList<>();
    Money money = null;
    if (bid == null) {
      problems.add(new FieldProblem("bid", "Enter a bid."));
    } else {
      if (bid.amount() == null || !bid.amount().trim().matches("\\d{1,10}(\\.\\d{1,2})?")) {
        problems.add(new FieldProblem("bid.amount", "Enter an amount such as 1500.00."));
      }
      if (bid.currency() == null || !bid.currency().trim().matches("[A-Z]{3}")) {
        problems.add(
            new FieldProblem("bid.currency", "Use a three-letter currency code, such as USD."));
      }
      if (problems.isEmpty()) {
        try {
          money = Money.of(bid.amount(), bid.currency().trim());
        } catch (IllegalArgumentException e) {
          problems.add(new FieldProblem("bid", "This amount does not fit the currency."));
        }
      }
    }
    if (connects == null || connects < 0) {
      problems.add(new FieldProblem("connects", "Enter 0 or more Connects."));
    }
    if (authorPriorProposals != null && authorPriorProposals < 0) {
      problems.add(new FieldProblem("authorPriorProposals", "Enter 0 or more proposals."));
    }
    if (category != null && category.length() > 200) {
      problems.add(new FieldProblem("category", "At most 200 characters."));
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, "Some facts are invalid.", problems);
    }
    return new ProposalFacts(
        UUID.randomUUID(),
        author,
        money,
        connects,
        category,
        Boolean.TRUE.equals(newClient),
        authorPriorProposals == null ? 0 : authorPriorProposals);
  }
}
