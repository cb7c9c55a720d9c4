package com.crewbid.approvals.internal;

import com.crewbid.approvals.ApprovalRule;
import com.crewbid.approvals.Approvers;
import com.crewbid.approvals.RuleCondition;
import com.crewbid.approvals.RuleDraft;
import com.crewbid.approvals.RuleKind;
import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.Money;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the rules an editor sent into valid rules, or names every mistake by its field ({@code
 * rules[2].minimumBid.amount}). Named approvers must be current members who are not viewers, and a
 * rule may not need more approvals than its approvers could give today.
 */
public final class RuleDrafts {

  public static final int MAX_RULES = 50;
  public static final int MAX_NAME = 100;
  public static final int MAX_CATEGORIES = 50;
  public static final int MAX_CATEGORY = 100;
  public static final int MAX_COUNT = 1000;
  public static final int MAX_APPROVALS = 20;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

  /** The valid rules, or the problems found (then {@code rules} is empty). */
  public record Checked(List<ApprovalRule> rules, List<FieldProblem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private final Map<UserId, AgencyMembers.Member> members;
  private final Set<UUID> keptIds;
  private final List<FieldProblem> problems = new ArrayList<>();

  private RuleDrafts(Collection<AgencyMembers.Member> members, Set<UUID> keptIds) {
    this.members =
        members.stream()
            .collect(Collectors.toMap(AgencyMembers.Member::userId, Function.identity()));
    this.keptIds = keptIds;
  }

  /**
   * @param members the agency's current members
   * @param keptIds ids of the rules being edited: a draft with one of them keeps it, any other
   *     draft is a new rule with a new id
   */
  public static Checked check(
      List<RuleDraft> drafts, Collection<AgencyMembers.Member> members, Set<UUID> keptIds) {
    return new RuleDrafts(members, keptIds).checkAll(drafts);
  }

  /** A rule read back from storage, where only valid rules are written. */
  public static ApprovalRule stored(RuleDraft draft) {
    RuleDrafts trusting = new RuleDrafts(List.of(), Set.of());
    ApprovalRule rule = trusting.rule(draft, "rule", true);
    if (rule == null) {
      throw new IllegalStateException("A stored rule is invalid: " + trusting.problems);
    }
    return rule;
  }

  private Checked checkAll(List<RuleDraft> drafts) {
    if (drafts == null) {
      problems.add(new FieldProblem("rules", "List the rules (an empty list is allowed)."));
      return result(List.of());
    }
    if (drafts.size() > MAX_RULES) {
      problems.add(new FieldProblem("rules", "At most " + MAX_RULES + " rules."));
      return result(List.of());
    }
    List<ApprovalRule> rules = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      String at = "rules[" + i + "]";
      RuleDraft draft = drafts.get(i);
      if (draft == null) {
        problems.add(new FieldProblem(at, "Describe the rule."));
        continue;
      }
      if (draft.name() != null && !names.add(draft.name().trim().toLowerCase(Locale.ROOT))) {
        problems.add(new FieldProblem(at + ".name", "Another rule has this name."));
      }
      ApprovalRule rule = rule(draft, at, false);
      if (rule != null) {
        if (!ids.add(rule.id())) {
          rule = withNewId(rule);
        }
        rules.add(rule);
      }
    }
    return result(rules);
  }

  private Checked result(List<ApprovalRule> rules) {
    return problems.isEmpty()
        ? new Checked(List.copyOf(rules), List.of())
        : new Checked(List.of(), List.copyOf(problems));
  }

  /** The rule, or null after adding its problems. */
  private ApprovalRule rule(RuleDraft draft, String at, boolean trusted) {
    int before = problems.size();
    String name = name(draft.name(), at);
    RuleCondition condition = condition(draft, at);
    Approvers approvers = approvers(draft.approvers(), at + ".approvers", trusted);
    Integer needed = draft.approvalsNeeded();
    if (needed == null || needed < 1 || needed > MAX_APPROVALS) {
      problems.add(
          new FieldProblem(
              at + ".approvalsNeeded", "Enter a whole number from 1 to " + MAX_APPROVALS + "."));
    } else if (approvers != null && !trusted) {
      long available = approvers.countAmong(members.values(), null);
      if (needed > available) {
        problems.add(
            new FieldProblem(
                at + ".approvalsNeeded",
                available == 0
                    ? "No current member can approve under this rule."
                    : "Only "
                        + available
                        + (available == 1 ? " current member can" : " current members can")
                        + " approve under this rule."));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    UUID id = draft.id() != null && (trusted || keptIds.contains(draft.id())) ? draft.id() : null;
    return new ApprovalRule(
        id == null ? UUID.randomUUID() : id,
        name,
        draft.enabled() == null || draft.enabled(),
        condition,
        approvers,
        needed);
  }

  private static ApprovalRule withNewId(ApprovalRule rule) {
    return new ApprovalRule(
        UUID.randomUUID(),
        rule.name(),
        rule.enabled(),
        rule.condition(),
        rule.approvers(),
        rule.approvalsNeeded());
  }

  private String name(String name, String at) {
    if (name == null || name.isBlank()) {
      problems.add(new FieldProblem(at + ".name", "Name the rule."));
      return null;
    }
    if (name.trim().length() > MAX_NAME) {
      problems.add(new FieldProblem(at + ".name", "At most " + MAX_NAME + " characters."));
      return null;
    }
    return name.trim();
  }

  private RuleCondition condition(RuleDraft draft, String at) {
    RuleKind kind = kind(draft.kind());
    if (kind == null) {
      problems.add(
          new FieldProblem(
              at + ".kind",
              "Choose what the rule looks at: one of "
                  + EnumSet.allOf(RuleKind.class).stream().map(Enum::name).toList()
                  + "."));
      return null;
    }
    return switch (kind) {
      case ALWAYS -> new RuleCondition.Always();
      case NEW_CLIENT -> new RuleCondition.NewClient();
      case BID_AT_LEAST -> {
        Money minimum = amount(draft.minimumBid(), at + ".minimumBid");
        yield minimum == null ? null : new RuleCondition.BidAtLeast(minimum);
      }
      case CONNECTS_AT_LEAST -> {
        Integer n = count(draft.minimumConnects(), at + ".minimumConnects");
        yield n == null ? null : new RuleCondition.ConnectsAtLeast(n);
      }
      case FIRST_PROPOSALS -> {
        Integer n = count(draft.firstProposals(), at + ".firstProposals");
        yield n == null ? null : new RuleCondition.FirstProposals(n);
      }
      case CATEGORIES -> {
        List<String> names = categories(draft.categories(), at + ".categories");
        yield names == null ? null : new RuleCondition.Categories(names);
      }
    };
  }

  private static RuleKind kind(String kind) {
    if (kind == null) {
      return null;
    }
    try {
      return RuleKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Money amount(RuleDraft.Amount amount, String at) {
    if (amount == null) {
      problems.add(new FieldProblem(at, "Enter the amount a bid must reach."));
      return null;
    }
    int before = problems.size();
    BigDecimal value = null;
    if (amount.amount() == null || !amount.amount().trim().matches("\\d{1,10}(\\.\\d+)?")) {
      problems.add(new FieldProblem(at + ".amount", "Enter an amount such as 1000.00."));
    } else {
      value = new BigDecimal(amount.amount().trim());
      if (value.signum() <= 0) {
        problems.add(new FieldProblem(at + ".amount", "Enter an amount above zero."));
      } else if (value.compareTo(MAX_AMOUNT) > 0) {
        problems.add(new FieldProblem(at + ".amount", "At most 1000000000."));
      }
    }
    String currency = currency(amount.currency());
    if (currency == null) {
      problems.add(
          new FieldProblem(
              at + ".currency", "Use a three-letter ISO 4217 currency code, such as USD."));
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return new Money(value, currency);
    } catch (IllegalArgumentException e) {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      problems.add(
          new FieldProblem(
              at + ".amount",
              digits == 0
                  ? "Amounts in " + currency + " have no decimals."
                  : "At most " + digits + " decimals in " + currency + "."));
      return null;
    }
  }

  private static String currency(String code) {
    if (code == null || !code.trim().matches("[A-Z]{3}")) {
      return null;
    }
    try {
      return Currency.getInstance(code.trim()).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Integer count(Integer n, String at) {
    if (n == null || n < 1 || n > MAX_COUNT) {
      problems.add(new FieldProblem(at, "Enter a whole number from 1 to " + MAX_COUNT + "."));
      return null;
    }
    return n;
  }

  private List<String> categories(List<String> names, String at) {
    if (names == null || names.isEmpty()) {
      problems.add(new FieldProblem(at, "Name at least one category."));
      return null;
    }
    if (names.size() > MAX_CATEGORIES) {
      problems.add(new FieldProblem(at, "At most " + MAX_CATEGORIES + " categories."));
      return null;
    }
    int before = problems.size();
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < names.size(); j++) {
      String name = names.get(j) == null ? "" : names.get(j).trim();
      String field = at + "[" + j + "]";
      if (name.isEmpty()) {
        problems.add(new FieldProblem(field, "Enter a category name."));
      } else if (name.length() > MAX_CATEGORY) {
        problems.add(new FieldProblem(field, "At most " + MAX_CATEGORY + " characters."));
      } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        problems.add(new FieldProblem(field, "This category is listed twice."));
      } else {
        kept.add(name);
      }
    }
    return problems.size() > before ? null : kept;
  }

  private Approvers approvers(RuleDraft.ApproverChoice choice, String at, boolean trusted) {
    List<String> roleNames = choice == null || choice.roles() == null ? List.of() : choice.roles();
    List<String> userIds =
        choice == null || choice.userIds() == null ? List.of() : choice.userIds();
    if (roleNames.isEmpty() && userIds.isEmpty()) {
      problems.add(new FieldProblem(at, "Choose at least one role or person who may approve."));
      return null;
    }
    int before = problems.size();
    Set<AgencyRole> roles = EnumSet.noneOf(AgencyRole.class);
    for (int j = 0; j < roleNames.size(); j++) {
      AgencyRole role = approvingRole(roleNames.get(j));
      if (role == null) {
        problems.add(
            new FieldProblem(at + ".roles[" + j + "]", "Choose OWNER, MANAGER or FREELANCER."));
      } else {
        roles.add(role);
      }
    }
    Set<UserId> people = new LinkedHashSet<>();
    for (int j = 0; j < userIds.size(); j++) {
      String field = at + ".userIds[" + j + "]";
      UserId person = userId(userIds.get(j));
      if (person == null) {
        problems.add(new FieldProblem(field, "Not a member of this agency."));
        continue;
      }
      if (!trusted) {
        AgencyMembers.Member member = members.get(person);
        if (member == null) {
          problems.add(new FieldProblem(field, "Not a member of this agency (any more)."));
          continue;
        }
        if (member.role() == AgencyRole.VIEWER) {
          problems.add(
              new FieldProblem(
                  field, member.name() + " is a viewer; viewers cannot approve proposals."));
          continue;
        }
      }
      people.add(person);
    }
    return problems.size() > before ? null : new Approvers(roles, people);
  }

  private static AgencyRole approvingRole(String name) {
    if (name == null) {
      return null;
    }
    try {
      AgencyRole role = AgencyRole.valueOf(name.trim().toUpperCase(Locale.ROOT));
      return role == AgencyRole.VIEWER ? null : role;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static UserId userId(String value) {
    if (value == null) {
      return null;
    }
    try {
      return UserId.of(UUID.fromString(value.trim()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
