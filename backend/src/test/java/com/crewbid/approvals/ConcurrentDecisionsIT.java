package com.crewbid.approvals;

import static com.crewbid.approvals.ApprovalTeam.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.UserAccounts;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantScope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two approvers clicking at the same moment, on real threads against the real database (over the
 * tests' pool of two connections): one consistent outcome, no decision lost silently or counted
 * twice. Each race runs several times; whatever the interleaving, the loser gets a clear refusal.
 */
@IntegrationTest
class ConcurrentDecisionsIT {

  static final int RACES = 5;

  /** What one racing click got: the request after it, or the problem it was refused with. */
  record Outcome(
      CurrentMember who, Decision decision, ApprovalRequest request, ProblemType refusal) {
    boolean won() {
      return request != null;
    }
  }

  @Autowired TestAgencies agencies;
  @Autowired UserAccounts accounts;
  @Autowired TenantScope tenantScope;
  @Autowired ApprovalRequests requests;
  @Autowired ApprovalPolicies policies;

  ApprovalTeam team;

  @BeforeEach
  void team() {
    team = new ApprovalTeam("race", agencies, accounts, tenantScope);
  }

  @Test
  void whenTwoApproversApproveAtOnceAndOneApprovalIsNeededThenExactlyOneDecisionCounts()
      throws Exception {
    for (int i = 0; i < RACES; i++) {
      ApprovalRequest opened = open();

      List<Outcome> outcomes =
          race(
              opened,
              new Click(team.managerAnna, Decision.APPROVE),
              new Click(team.managerBoris, Decision.APPROVE));

      Outcome winner = onlyWinner(outcomes);
      assertThat(loser(outcomes).refusal())
          .isIn(ProblemType.ALREADY_DECIDED, ProblemType.STALE_VERSION);
      ApprovalRequest stored = stored(opened);
      assertThat(stored.state()).isEqualTo(ApprovalState.APPROVED);
      assertThat(stored.decisions())
          .singleElement()
          .satisfies(d -> assertThat(d.approver()).isEqualTo(winner.who().userId()));
      assertThat(stored.version()).isEqualTo(winner.request().version());
    }
  }

  @Test
  void whenTwoApproversApproveAtOnceAndTwoAreNeededThenOneCountsAndTheOtherCanDecideAgain()
      throws Exception {
    needTwoManagers();
    for (int i = 0; i < RACES; i++) {
      ApprovalRequest opened = open();

      List<Outcome> outcomes =
          race(
              opened,
              new Click(team.managerAnna, Decision.APPROVE),
              new Click(team.managerBoris, Decision.APPROVE));

      Outcome winner = onlyWinner(outcomes);
      Outcome loser = loser(outcomes);
      assertThat(loser.refusal()).isEqualTo(ProblemType.STALE_VERSION);
      ApprovalRequest afterRace = stored(opened);
      assertThat(afterRace.state()).isEqualTo(ApprovalState.PENDING);
      assertThat(afterRace.approvalsGiven()).isEqualTo(1);
      assertThat(afterRace.decisions())
          .singleElement()
          .satisfies(d -> assertThat(d.approver()).isEqualTo(winner.who().userId()));

      ApprovalRequest retried =
          team.as(
              () ->
                  requests.decide(
                      opened.subjectId(),
                      loser.who(),
                      Decision.APPROVE,
                      null,
                      afterRace.version()));

      assertThat(retried.state()).isEqualTo(ApprovalState.APPROVED);
      assertThat(stored(opened).decisions())
          .extracting(RecordedDecision::approver)
          .containsExactlyInAnyOrder(team.managerAnna.userId(), team.managerBoris.userId());
    }
  }

  @Test
  void whenAnApprovalAndARejectionRaceThenTheStateIsThatOfTheOneDecisionKept() throws Exception {
    for (int i = 0; i < RACES; i++) {
      ApprovalRequest opened = open();

      List<Outcome> outcomes =
          race(
              opened,
              new Click(team.managerAnna, Decision.APPROVE),
              new Click(team.managerBoris, Decision.REJECT));

      Outcome winner = onlyWinner(outcomes);
      ApprovalRequest stored = stored(opened);
      assertThat(stored.state())
          .isEqualTo(
              winner.decision() == Decision.APPROVE
                  ? ApprovalState.APPROVED
                  : ApprovalState.REJECTED);
      assertThat(stored.decisions())
          .singleElement()
          .satisfies(d -> assertThat(d.decision()).isEqualTo(winner.decision()));
    }
  }

  @Test
  void whenTheSameApproverClicksTwiceAtOnceThenOneDecisionIsRecorded() throws Exception {
    needTwoManagers();
    for (int i = 0; i < RACES; i++) {
      ApprovalRequest opened = open();

      List<Outcome> outcomes =
          race(
              opened,
              new Click(team.managerAnna, Decision.APPROVE),
              new Click(team.managerAnna, Decision.APPROVE));

      onlyWinner(outcomes);
      assertThat(loser(outcomes).refusal())
          .isIn(ProblemType.ALREADY_DECIDED, ProblemType.STALE_VERSION);
      ApprovalRequest stored = stored(opened);
      assertThat(stored.state()).isEqualTo(ApprovalState.PENDING);
      assertThat(stored.decisions()).hasSize(1);
    }
  }

  record Click(CurrentMember who, Decision decision) {}

  private void needTwoManagers() {
    team.run(
        () ->
            policies.replace(
                policies.current().version(),
                List.of(draft("Two managers", "ALWAYS", List.of("MANAGER"), 2))));
  }

  private ApprovalRequest open() {
    return team.as(() -> requests.open(team.proposal().get()));
  }

  private ApprovalRequest stored(ApprovalRequest opened) {
    return team.as(() -> requests.find(opened.subjectId())).orElseThrow();
  }

  /** Both clicks on the version both approvers saw, released together from a barrier. */
  private List<Outcome> race(ApprovalRequest seen, Click... clicks) throws Exception {
    CyclicBarrier start = new CyclicBarrier(clicks.length);
    List<Future<Outcome>> running = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(clicks.length)) {
      for (Click click : clicks) {
        running.add(
            threads.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  try {
                    ApprovalRequest after =
                        team.as(
                            () ->
                                requests.decide(
                                    seen.subjectId(),
                                    click.who(),
                                    click.decision(),
                                    null,
                                    seen.version()));
                    return new Outcome(click.who(), click.decision(), after, null);
                  } catch (ProblemException e) {
                    return new Outcome(click.who(), click.decision(), null, e.type());
                  }
                }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> outcome : running) {
        outcomes.add(outcome.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    }
  }

  private static Outcome onlyWinner(List<Outcome> outcomes) {
    assertThat(outcomes).filteredOn(Outcome::won).as("exactly one click counts").hasSize(1);
    return outcomes.stream().filter(Outcome::won).findFirst().orElseThrow();
  }

  private static Outcome loser(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> !o.won()).findFirst().orElseThrow();
  }
}
