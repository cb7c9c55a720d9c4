package com.crewbid.proposals.internal;

import com.crewbid.proposals.ProposalState;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The problems proposals answer with, worded once. */
final class ProposalProblems {

  private ProposalProblems() {}

  /** 409 proposal-state: naming the current state and the action, and what is possible instead. */
  static ProblemException illegal(ProposalAction action, ProposalState state) {
    return illegal(action, state, null);
  }

  static ProblemException illegal(ProposalAction action, ProposalState state, String why) {
    String detail =
        "You cannot "
            + action.words()
            + " a proposal that is "
            + words(state)
            + "."
            + (why == null ? "" : " " + why);
    return new ProblemException(ProblemType.PROPOSAL_STATE, detail)
        .with("state", state.name())
        .with("action", action.name())
        .with(
            "allowedActions",
            Arrays.stream(ProposalAction.values())
                .filter(a -> a.possibleIn(state))
                .map(Enum::name)
                .toList());
  }

  /** 422 proposal-incomplete, with what is missing per field. */
  static ProblemException incomplete(
      ProposalAction action, ProposalState state, List<ProblemException.FieldProblem> missing) {
    return new ProblemException(
            ProblemType.PROPOSAL_INCOMPLETE,
            "Complete the proposal before you "
                + action.words().replace(" on", "").replace(" of", "")
                + " it: "
                + String.join(
                    " ", missing.stream().map(ProblemException.FieldProblem::message).toList()),
            missing)
        .with("state", state.name())
        .with("action", action.name());
  }

  static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION,
        message,
        List.of(new ProblemException.FieldProblem(field, message)));
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The proposal");
  }

  static String words(ProposalState state) {
    return switch (state) {
      case DRAFT -> "a draft";
      case PENDING_APPROVAL -> "waiting for approval";
      case CHANGES_REQUESTED -> "waiting for the changes an approver asked for";
      case APPROVED -> "approved and not sent yet";
      case REJECTED -> "rejected";
      case SENDING -> "being sent to Upwork right now";
      case SEND_UNKNOWN -> "perhaps sent (check on Upwork whether it arrived)";
      case INTERVIEW -> "at the interview stage";
      case SENT, VIEWED, REPLIED, HIRED, DECLINED, WITHDRAWN ->
          state.name().toLowerCase(Locale.ROOT);
    };
  }
}
