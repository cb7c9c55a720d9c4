package com.crewbid.proposals.web;

import com.crewbid.jobs.JobType;
import com.crewbid.proposals.ProposalState;
import com.crewbid.proposals.internal.Bid;
import com.crewbid.proposals.internal.EstimatedDuration;
import com.crewbid.proposals.internal.Milestone;
import com.crewbid.proposals.internal.ProposalRecord;
import com.crewbid.shared.Money;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The bodies of the proposal endpoints, as typed (checked here and by the domain). */
final class ProposalRequests {

  private ProposalRequests() {}

  record CreateRequest(
      @NotBlank @Size(max = 32) String jobId, UUID templateId, UUID templateVersionId) {}

  /** Money as typed: a decimal string and an ISO 4217 code. */
  record Amount(String amount, String currency) {

    Money toMoney(String field) {
      if (amount == null || amount.isBlank()) {
        throw invalid(field + ".amount", "Enter an amount such as 1500.00.");
      }
      if (currency == null || !currency.matches("[A-Z]{3}")) {
        throw invalid(field + ".currency", "Use a currency code such as USD.");
      }
      try {
        return Money.of(amount, currency);
      } catch (IllegalArgumentException notMoney) {
        // NumberFormatException included: not a decimal, or more decimals than the currency has.
        throw invalid(field + ".amount", "Enter an amount such as 1500.00 (at most 2 decimals).");
      }
    }
  }

  record MilestoneRequest(
      @Size(max = 500) String description, LocalDate dueDate, @NotNull Amount amount) {}

  record BidRequest(
      @NotNull JobType type, @NotNull Amount amount, List<@Valid MilestoneRequest> milestones) {

    Bid toBid() {
      Money money = amount.toMoney("bid.amount");
      List<Milestone> parts = new ArrayList<>();
      List<MilestoneRequest> given = milestones == null ? List.of() : milestones;
      if (type == JobType.HOURLY && !given.isEmpty()) {
        throw invalid("bid.milestones", "An hourly bid has no milestones.");
      }
      for (int i = 0; i < given.size(); i++) {
        MilestoneRequest m = given.get(i);
        if (m == null || m.amount() == null) {
          throw invalid("bid.milestones[" + i + "].amount", "Enter the milestone's amount.");
        }
        parts.add(
            new Milestone(
                m.description() == null ? "" : m.description().strip(),
                m.dueDate(),
                m.amount().toMoney("bid.milestones[" + i + "].amount")));
      }
      return new Bid(type, money, parts);
    }
  }

  record AnswerRequest(@NotNull Integer position, @Size(max = 5000) String answer) {}

  record EditRequest(
      @Size(max = 20_000) String coverLetter,
      List<@Valid AnswerRequest> answers,
      @Valid BidRequest bid,
      EstimatedDuration estimatedDuration,
      Integer connects) {

    ProposalRecord.Content toContent() {
      Map<Integer, String> byPosition = new LinkedHashMap<>();
      List<AnswerRequest> given = answers == null ? List.of() : answers;
      for (int i = 0; i < given.size(); i++) {
        AnswerRequest a = given.get(i);
        if (a == null || a.position() == null) {
          throw invalid("answers[" + i + "].position", "Name the question's position.");
        }
        if (byPosition.put(a.position(), a.answer() == null ? "" : a.answer()) != null) {
          throw invalid("answers[" + i + "].position", "Question " + a.position() + " twice.");
        }
      }
      return new ProposalRecord.Content(
          coverLetter, byPosition, bid == null ? null : bid.toBid(), estimatedDuration, connects);
    }
  }

  record DecisionRequest(@Size(max = 5000) String comment) {}

  record NoteRequest(@Size(max = 2000) String note) {}

  record MarkSentRequest(@Size(max = 40) String upworkProposalId, @Size(max = 2000) String note) {}

  record OutcomeRequest(@NotNull ProposalState outcome, @Size(max = 2000) String note) {}

  record CommentRequest(@Size(max = 5000) String text) {}

  record Comments(List<com.crewbid.proposals.internal.ProposalViews.Comment> items) {}

  static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION,
        message,
        List.of(new ProblemException.FieldProblem(field, message)));
  }
}
