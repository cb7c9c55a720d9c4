package com.crewbid.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.jobs.JobType;
import com.crewbid.proposals.ProposalState;
import com.crewbid.shared.Money;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A proposal's own rules: what an edit may contain, what changed, which moves its state allows. */
class ProposalRecordTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final UserId AUTHOR = new UserId(UUID.randomUUID());

  static ProposalRecord draft(JobType type) {
    JobSnapshot job =
        new JobSnapshot(
            "1790000000000000001",
            "A job",
            null,
            "org-1",
            "Acme",
            "c1",
            "Web Development",
            type,
            "USD",
            type == JobType.FIXED ? new BigDecimal("1000.00") : null,
            type == JobType.HOURLY ? new BigDecimal("30.00") : null,
            type == JobType.HOURLY ? new BigDecimal("60.00") : null,
            true,
            List.of("Why you?", "When?"),
            List.of("Java"),
            NOW);
    return ProposalRecord.draft(
        AUTHOR,
        "Author",
        job,
        null,
        "",
        List.of(new Answer(1, "Why you?", "", false), new Answer(2, "When?", "", false)),
        null,
        10,
        NOW);
  }

  static ProposalRecord.Content content(Bid bid, String cover, Integer connects) {
    return new ProposalRecord.Content(
        cover,
        Map.of(1, "Because.", 2, "Monday."),
        bid,
        EstimatedDuration.LESS_THAN_ONE_MONTH,
        connects);
  }

  static Bid fixed(String amount, Milestone... milestones) {
    return new Bid(JobType.FIXED, Money.of(amount, "USD"), List.of(milestones));
  }

  static Milestone milestone(String amount) {
    return new Milestone("Part", LocalDate.parse("2026-12-24"), Money.of(amount, "USD"));
  }

  @Test
  void whenMilestonesAddUpExactlyThenTheBidIsTakenAndOtherwiseRefusedNamingTheSums() {
    ProposalRecord p = draft(JobType.FIXED);

    assertThat(
            p.edit(
                content(fixed("1000.00", milestone("400.00"), milestone("600.00")), "Hi", null),
                NOW))
        .contains(ProposalRecord.BID, ProposalRecord.ANSWERS, ProposalRecord.COVER_LETTER);
    assertThat(p.bid().milestones()).hasSize(2);

    assertThatThrownBy(
            () ->
                p.edit(
                    content(fixed("1000.00", milestone("400.00"), milestone("599.99")), "Hi", null),
                    NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
              assertThat(e.getMessage()).contains("999.99 USD", "1000.00 USD");
              assertThat(e.errors().get(0).field()).isEqualTo("bid.milestones");
            });
    assertThat(p.bid().milestones().get(1).amount()).isEqualTo(Money.of("600.00", "USD"));
  }

  @Test
  void whenAnEditRepeatsTheContentThenNothingChangedAndOnlyChangedFieldsAreNamed() {
    ProposalRecord p = draft(JobType.FIXED);
    p.edit(content(fixed("900.00"), "Hi", null), NOW);

    assertThat(p.edit(content(fixed("900.00"), "Hi", null), NOW)).isEmpty();
    assertThat(p.edit(content(fixed("900.00"), "Hi", 7), NOW))
        .containsExactly(ProposalRecord.CONNECTS);
    assertThat(p.connects()).isEqualTo(7);
    assertThat(p.edit(content(fixed("950.00"), "Hello", 7), NOW))
        .containsExactly(ProposalRecord.COVER_LETTER, ProposalRecord.BID);
  }

  @Test
  void whenAnHourlyJobGetsAFixedBidOrMilestonesThenTheEditIsRefused() {
    ProposalRecord p = draft(JobType.HOURLY);

    assertThatThrownBy(() -> p.edit(content(fixed("40.00"), "Hi", null), NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("bid.type"));
    assertThatThrownBy(
            () -> new Bid(JobType.HOURLY, Money.of("40.00", "USD"), List.of(milestone("40.00"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(p.bid()).isNull();
  }

  @Test
  void whenADraftIsIncompleteThenWhatIsMissingIsNamedPerField() {
    ProposalRecord p = draft(JobType.FIXED);

    assertThat(p.missing())
        .extracting(ProblemException.FieldProblem::field)
        .containsExactly("coverLetter", "answers[0].answer", "answers[1].answer", "bid");

    p.edit(
        new ProposalRecord.Content("Hi", Map.of(1, "Yes", 2, "Now"), fixed("900.00"), null, null),
        NOW);
    assertThat(p.missing())
        .extracting(ProblemException.FieldProblem::field)
        .containsExactly("estimatedDuration");
  }

  @Test
  void whenAStateDoesNotAllowAnActionThenItIsRefusedNamingBothAndTheStateStays() {
    ProposalRecord p = draft(JobType.FIXED);

    assertThatThrownBy(() -> p.claimForSending(null, NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.PROPOSAL_STATE);
              assertThat(e.properties())
                  .containsEntry("state", "DRAFT")
                  .containsEntry("action", "SEND");
              assertThat(e.properties().get("allowedActions"))
                  .isEqualTo(List.of("EDIT", "SUBMIT", "DISCARD", "WITHDRAW", "COMMENT"));
            });
    assertThat(p.state()).isEqualTo(ProposalState.DRAFT);
  }

  @Test
  void whenAProposalGoesToUpworkThenOneClaimWinsAndAFailureReturnsItApproved() {
    ProposalRecord p = draft(JobType.FIXED);
    p.follow(ProposalState.APPROVED, NOW);
    assertThat(p.sentOrganization()).isEmpty();

    p.claimForSending("agency-org-1", NOW);
    assertThat(p.state()).isEqualTo(ProposalState.SENDING);
    assertThat(p.sentOrganization()).contains(new ProposalRecord.SentOrganization("agency-org-1"));
    assertThatThrownBy(() -> p.claimForSending(null, NOW)).isInstanceOf(ProblemException.class);
    p.sendFailed(NOW);
    assertThat(p.state()).isEqualTo(ProposalState.APPROVED);
    assertThat(p.sendingSince()).isNull();

    p.claimForSending(null, NOW);
    assertThat(p.sentOrganization()).contains(new ProposalRecord.SentOrganization(null));
    p.sendUnknown(NOW);
    assertThat(p.state()).isEqualTo(ProposalState.SEND_UNKNOWN);
    assertThat(p.foundOnUpwork("1820000000000000009", NOW)).isEqualTo(ProposalState.SEND_UNKNOWN);
    assertThat(p.state()).isEqualTo(ProposalState.SENT);
    assertThat(p.sentVia()).isEqualTo(SendVia.API);
    assertThat(p.upworkProposalId()).isEqualTo("1820000000000000009");
  }

  @Test
  void whenWithdrawnBeforeSendingThenNoOutcomeCanBeCorrected() {
    ProposalRecord p = draft(JobType.FIXED);
    p.moveTo(ProposalAction.WITHDRAW, ProposalState.WITHDRAWN, NOW);

    assertThatThrownBy(() -> p.require(ProposalAction.CORRECT_OUTCOME))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.getMessage()).contains("withdrawn before it was sent"));
    assertThat(Set.copyOf(ProposalState.OUTCOMES)).contains(ProposalState.WITHDRAWN);
  }
}
