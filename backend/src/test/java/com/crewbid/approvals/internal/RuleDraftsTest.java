package com.crewbid.approvals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.approvals.ApprovalPolicy;
import com.crewbid.approvals.ApprovalRule;
import com.crewbid.approvals.RuleCondition;
import com.crewbid.approvals.RuleDraft;
import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.Money;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Checking an edited policy: every mistake is named by its field, valid drafts become rules. */
class RuleDraftsTest {

  final UserId owner = UserId.random();
  final UserId manager = UserId.random();
  final UserId freelancer = UserId.random();
  final UserId viewer = UserId.random();
  final List<AgencyMembers.Member> team =
      List.of(
          member(owner, AgencyRole.OWNER),
          member(manager, AgencyRole.MANAGER),
          member(freelancer, AgencyRole.FREELANCER),
          member(viewer, AgencyRole.VIEWER));

  @Test
  void whenEveryKindIsWellFormedThenTheyBecomeRulesInOrder() {
    RuleDrafts.Checked checked =
        check(
            draft("Big", "BID_AT_LEAST").withBid("1000.5", "USD"),
            draft("Costly", "connects_at_least").withConnects(10),
            draft("Newcomers", "FIRST_PROPOSALS").withFirst(3),
            draft("Design", "CATEGORIES").withCategories(" Design ", "Writing"),
            draft("Clients", "NEW_CLIENT"),
            draft("Rest", "ALWAYS").withPeople(freelancer.toString()).withRoles());

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.rules())
        .extracting(ApprovalRule::condition)
        .containsExactly(
            new RuleCondition.BidAtLeast(Money.of("1000.50", "USD")),
            new RuleCondition.ConnectsAtLeast(10),
            new RuleCondition.FirstProposals(3),
            new RuleCondition.Categories(List.of("Design", "Writing")),
            new RuleCondition.NewClient(),
            new RuleCondition.Always());
    assertThat(checked.rules().getLast().approvers().people()).containsExactly(freelancer);
  }

  @Test
  void whenParametersAreMissingOrWrongThenEachIsNamedByItsField() {
    RuleDrafts.Checked checked =
        check(
            draft(" ", "ALWAYS"),
            draft("Bid", "BID_AT_LEAST").withBid("-5", "usd"),
            draft("Bid decimals", "BID_AT_LEAST").withBid("10.001", "USD"),
            draft("Connects", "CONNECTS_AT_LEAST"),
            draft("First", "FIRST_PROPOSALS").withFirst(0),
            draft("Categories", "CATEGORIES").withCategories("Design", "", "design"),
            draft("Kind", "SOMETIMES"));

    assertThat(fields(checked))
        .containsExactlyInAnyOrder(
            "rules[0].name",
            "rules[1].minimumBid.amount",
            "rules[1].minimumBid.currency",
            "rules[2].minimumBid.amount",
            "rules[3].minimumConnects",
            "rules[4].firstProposals",
            "rules[5].categories[1]",
            "rules[5].categories[2]",
            "rules[6].kind");
    assertThat(checked.rules()).isEmpty();
  }

  @Test
  void whenApproversAreWrongThenTheRoleOrPersonIsNamed() {
    RuleDrafts.Checked checked =
        check(
            draft("Nobody", "ALWAYS").withRoles(),
            draft("Viewer role", "ALWAYS").withRoles("VIEWER"),
            draft("People", "ALWAYS")
                .withRoles()
                .withPeople(viewer.toString(), UUID.randomUUID().toString(), "not-a-uuid"));

    assertThat(fields(checked))
        .containsExactlyInAnyOrder(
            "rules[0].approvers",
            "rules[1].approvers.roles[0]",
            "rules[2].approvers.userIds[0]",
            "rules[2].approvers.userIds[1]",
            "rules[2].approvers.userIds[2]");
  }

  @Test
  void whenMoreApprovalsAreNeededThanTheApproversCouldGiveThenApprovalsNeededIsNamed() {
    RuleDrafts.Checked checked =
        check(
            draft("Owners", "ALWAYS").withRoles("OWNER").withNeeded(2),
            draft("Two people", "ALWAYS")
                .withRoles()
                .withPeople(owner.toString(), manager.toString())
                .withNeeded(2),
            draft("Zero", "ALWAYS").withNeeded(0));

    assertThat(checked.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("rules[0].approvalsNeeded", "rules[2].approvalsNeeded");
    assertThat(checked.problems().getFirst().message()).contains("Only 1 current member");
  }

  @Test
  void whenTwoRulesShareANameThenTheSecondIsNamed() {
    assertThat(fields(check(draft("Big", "ALWAYS"), draft(" big ", "NEW_CLIENT"))))
        .containsExactly("rules[1].name");
  }

  @Test
  void whenADraftKeepsAKnownIdThenTheRuleKeepsItAndUnknownIdsAreReplaced() {
    UUID unknown = UUID.randomUUID();
    RuleDrafts.Checked checked =
        RuleDrafts.check(
            List.of(
                draft("Standard", "ALWAYS").withId(ApprovalPolicy.STANDARD_RULE_ID).build(),
                draft("Copy", "NEW_CLIENT").withId(ApprovalPolicy.STANDARD_RULE_ID).build(),
                draft("New", "NEW_CLIENT").withId(unknown).build()),
            team,
            Set.of(ApprovalPolicy.STANDARD_RULE_ID));

    assertThat(checked.rules().get(0).id()).isEqualTo(ApprovalPolicy.STANDARD_RULE_ID);
    assertThat(checked.rules().get(1).id()).isNotEqualTo(ApprovalPolicy.STANDARD_RULE_ID);
    assertThat(checked.rules().get(2).id()).isNotEqualTo(unknown);
  }

  @Test
  void whenARuleIsWrittenAndReadBackThenItIsTheSame() {
    ApprovalRule rule =
        check(draft("Big", "BID_AT_LEAST").withBid("2500", "EUR").withPeople(manager.toString()))
            .rules()
            .getFirst();

    assertThat(RuleDrafts.stored(RuleDraft.of(rule))).isEqualTo(rule);
  }

  private RuleDrafts.Checked check(Builder... drafts) {
    return RuleDrafts.check(Arrays.stream(drafts).map(Builder::build).toList(), team, Set.of());
  }

  private static List<String> fields(RuleDrafts.Checked checked) {
    return checked.problems().stream().map(FieldProblem::field).toList();
  }

  static AgencyMembers.Member member(UserId id, AgencyRole role) {
    return new AgencyMembers.Member(id, role.name().toLowerCase() + "@test", role.name(), role);
  }

  static Builder draft(String name, String kind) {
    return new Builder(name, kind);
  }

  /** A draft as an editor would send it: approved by one manager unless changed. */
  static final class Builder {
    UUID id;
    final String name;
    final String kind;
    RuleDraft.Amount bid;
    Integer connects;
    Integer first;
    List<String> categories;
    List<String> roles = List.of("MANAGER");
    List<String> people = List.of();
    Integer needed = 1;

    Builder(String name, String kind) {
      this.name = name;
      this.kind = kind;
    }

    Builder withId(UUID id) {
      this.id = id;
      return this;
    }

    Builder withBid(String amount, String currency) {
      bid = new RuleDraft.Amount(amount, currency);
      return this;
    }

    Builder withConnects(int n) {
      connects = n;
      return this;
    }

    Builder withFirst(int n) {
      first = n;
      return this;
    }

    Builder withCategories(String... names) {
      categories = new ArrayList<>(Arrays.asList(names));
      return this;
    }

    Builder withRoles(String... names) {
      roles = List.of(names);
      return this;
    }

    Builder withPeople(String... ids) {
      people = List.of(ids);
      return this;
    }

    Builder withNeeded(int n) {
      needed = n;
      return this;
    }

    RuleDraft build() {
      return new RuleDraft(
          id,
          name,
          true,
          kind,
          bid,
          connects,
          first,
          categories,
          new RuleDraft.ApproverChoice(roles, people),
          needed);
    }
  }
}
