package com.crewbid.approvals;

import com.crewbid.shared.Money;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a rule applies, with the parameters of its {@link RuleKind}. Each condition says why it
 * matches (for the audit log and the approver), and which facts it depends on (for re-approval
 * after an edit).
 */
public sealed interface RuleCondition {

  RuleKind kind();

  /** Why the condition holds for these facts, as a sentence fragment; empty when it does not. */
  Optional<String> match(ProposalFacts facts);

  /**
   * Whether an edit from {@code before} to {@code after} touches what this condition looks at, so
   * that an approval given under it no longer covers the subject.
   *
   * @param changedContent the content fields the edit changed (cover letter, answers, …)
   */
  boolean touchedBy(ProposalFacts before, ProposalFacts after, Set<String> changedContent);

  /** What the condition looks at, for explanations ("the bid"). */
  String looksAt();

  /** Every proposal; any material change (content or facts) needs approval again. */
  record Always() implements RuleCondition {
    @Override
    public RuleKind kind() {
      return RuleKind.ALWAYS;
    }

    @Override
    public Optional<String> match(ProposalFacts facts) {
      return Optional.of("it applies to every proposal");
    }

    @Override
    public boolean touchedBy(ProposalFacts before, ProposalFacts after, Set<String> changed) {
      return !changed.isEmpty() || before.differsMateriallyFrom(after);
    }

    @Override
    public String looksAt() {
      return "the proposal";
    }
  }

  /**
   * A bid at or above {@code minimum}. A bid in another currency cannot be compared without a rate,
   * so the rule applies to it: when in doubt, a person looks.
   */
  record BidAtLeast(Money minimum) implements RuleCondition {
    public BidAtLeast {
      Objects.requireNonNull(minimum, "minimum");
      if (minimum.amount().signum() <= 0) {
        throw new IllegalArgumentException("The minimum bid is above zero");
      }
    }

    @Override
    public RuleKind kind() {
      return RuleKind.BID_AT_LEAST;
    }

    @Override
    public Optional<String> match(ProposalFacts facts) {
      Money bid = facts.bid();
      if (!bid.sameCurrencyAs(minimum)) {
        return Optional.of(
            "the bid of "
                + bid
                + " cannot be compared with "
                + minimum
                + " (another currency), so the rule applies to be safe");
      }
      return bid.compareTo(minimum) >= 0
          ? Optional.of("the bid of " + bid + " is at least " + minimum)
          : Optional.empty();
    }

    @Override
    public boolean touchedBy(ProposalFacts before, ProposalFacts after, Set<String> changed) {
      return !before.bid().equals(after.bid());
    }

    @Override
    public String looksAt() {
      return "the bid";
    }
  }

  /** A client the agency never worked with. */
  record NewClient() implements RuleCondition {
    @Override
    public RuleKind kind() {
      return RuleKind.NEW_CLIENT;
    }

    @Override
    public Optional<String> match(ProposalFacts facts) {
      return facts.newClient()
          ? Optional.of("the agency has not worked with this client before")
          : Optional.empty();
    }

    @Override
    public boolean touchedBy(ProposalFacts before, ProposalFacts after, Set<String> changed) {
      return before.newClient() != after.newClient();
    }

    @Override
    public String looksAt() {
      return "the client";
    }
  }

  /** The author's first {@code count} proposals in the agency. */
  record FirstProposals(int count) implements RuleCondition {
    public FirstProposals {
      if (count < 1) {
        throw new IllegalArgumentException("At least the first proposal");
      }
    }

    @Override
    public RuleKind kind() {
      return RuleKind.FIRST_PROPOSALS;
    }

    @Override
    public Optional<String> match(ProposalFacts facts) {
      int number = facts.authorPriorProposals() + 1;
      return number <= count
          ? Optional.of("it is proposal " + number + " of the author's first " + count)
          : Optional.empty();
    }

    @Override
    public boolean touchedBy(ProposalFacts before, ProposalFacts after, Set<String> changed) {
      return !before.author().equals(after.author());
    }

    @Override
    public String looksAt() {
      return "the author";
    }
  }

  /** Submitting costs {@code minimum} Connects or more. */
  record ConnectsAtLeast(int minimum) implements RuleCondition {
    public ConnectsAtLeast {
      if (minimum < 1) {
        throw new IllegalArgumentException("At least one Connect");
      }
    }

    @Override
    public RuleKind kind() {
      return RuleKind.CONNECTS_AT_LEAST;
    }

    @Override
    public Optional<String> match(ProposalFacts facts) {
      return facts.connects() >= minimum
          ? Optional.of("it costs " + facts.connects() + " Connects, at least " + minimum)
          : Optional.empty();
    }

    @Override
    public boolean touchedBy(ProposalFacts before, ProposalFacts after, Set<String> changed) {
      return before.connects() != after.connects();
    }

    @Override
    public String looksAt() {
      return "the Connects";
    }
  }

  /** A job in one of the named Upwork categories (compared without regard to case). */
  record Categories(List<String> names) implements RuleCondition {
    public Categories {
      names = names.stream().map(String::trim).toList();
      if (names.isEmpty() || names.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException("At least one category, none blank");
      }
    }

    @Override
    public RuleKind kind() {
      return RuleKind.CATEGORIES;
    }

    @Override
    public Optional<String> match(ProposalFacts facts) {
      if (facts.category() == null) {
        return Optional.empty();
      }
      String category = facts.category().toLowerCase(Locale.ROOT);
      return names.stream()
          .filter(name -> name.toLowerCase(Locale.ROOT).equals(category))
          .findFirst()
          .map(name -> "the job is in the category “" + name + "”");
    }

    @Override
    public boolean touchedBy(ProposalFacts before, ProposalFacts after, Set<String> changed) {
      return !Objects.equals(before.category(), after.category());
    }

    @Override
    public String looksAt() {
      return "the category";
    }
  }
}
