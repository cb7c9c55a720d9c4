package com.crewbid.approvals;

import com.crewbid.approvals.internal.ApprovalPolicyRecord;
import com.crewbid.approvals.internal.ApprovalPolicyRecords;
import com.crewbid.approvals.internal.RuleDocuments;
import com.crewbid.approvals.internal.RuleDrafts;
import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current agency's approval policy: read it, replace it as a whole (versioned), and see which
 * rule applies to some facts. An agency that never saved a policy has the standard one ({@link
 * ApprovalPolicy#STANDARD_RULES}), stored on first use, so it works for agencies of any age.
 */
@Service
public class ApprovalPolicies {

  private final ApprovalPolicyRecords policies;
  private final RuleDocuments documents;
  private final AgencyMembers members;
  private final AuditLog audit;
  private final Clock clock;

  ApprovalPolicies(
      ApprovalPolicyRecords policies,
      RuleDocuments documents,
      AgencyMembers members,
      AuditLog audit,
      Clock clock) {
    this.policies = policies;
    this.documents = documents;
    this.members = members;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public ApprovalPolicy current() {
    return view(load());
  }

  /**
   * Replaces the rules, in order, if the policy is still at {@code expectedVersion}.
   *
   * @throws ProblemException validation (400) naming each wrong field as {@code rules[i].field};
   *     stale-version (412) when someone saved in between
   */
  @Transactional
  public ApprovalPolicy replace(long expectedVersion, List<RuleDraft> drafts) {
    ApprovalPolicyRecord record = load();
    if (record.version() != expectedVersion) {
      throw stale(record.version());
    }
    List<ApprovalRule> before = documents.read(record.rules());
    List<ApprovalRule> rules = check(drafts, before);
    record.replaceRules(
        documents.write(rules),
        CurrentMember.find().map(m -> m.userId().value()).orElse(null),
        now());
    try {
      policies.saveAndFlush(record);
    } catch (OptimisticLockingFailureException e) {
      throw stale(expectedVersion + 1);
    }
    audit.record(
        "approval-policy.updated",
        "approval policy",
        AuditOutcome.SUCCESS,
        changes(expectedVersion, record.version(), before, rules));
    return view(record);
  }

  /** Which rule of the saved policy applies to the facts. */
  @Transactional
  public Evaluation evaluate(ProposalFacts facts) {
    return current().evaluate(facts);
  }

  /**
   * Which rule of an unsaved draft of the policy would apply (for the editor's preview).
   *
   * @throws ProblemException validation (400) when the draft is invalid
   */
  @Transactional
  public Evaluation evaluateDraft(List<RuleDraft> drafts, ProposalFacts facts) {
    List<ApprovalRule> rules = check(drafts, documents.read(load().rules()));
    return new ApprovalPolicy(0, rules, null).evaluate(facts);
  }

  private List<ApprovalRule> check(List<RuleDraft> drafts, List<ApprovalRule> current) {
    RuleDrafts.Checked checked =
        RuleDrafts.check(
            drafts,
            members.of(tenant()),
            current.stream().map(ApprovalRule::id).collect(Collectors.toSet()));
    if (!checked.valid()) {
      throw new ProblemException(
          ProblemType.VALIDATION, "Some rules are incomplete or invalid.", checked.problems());
    }
    return checked.rules();
  }

  private ApprovalPolicyRecord load() {
    UUID id = tenant().value();
    return policies
        .findById(id)
        .orElseGet(
            () -> {
              policies.createIfMissing(id, documents.write(ApprovalPolicy.STANDARD_RULES));
              return policies.findById(id).orElseThrow();
            });
  }

  private ApprovalPolicy view(ApprovalPolicyRecord record) {
    return new ApprovalPolicy(record.version(), documents.read(record.rules()), record.updatedAt());
  }

  private static ProblemException stale(long current) {
    return new ProblemException(
        ProblemType.STALE_VERSION,
        "Someone else changed the approval policy in the meantime (now version "
            + current
            + "). Reload it and apply your change again.");
  }

  /** What the audit log keeps of a change: the versions, the new order, and what changed. */
  private static Map<String, Object> changes(
      long from, long to, List<ApprovalRule> before, List<ApprovalRule> after) {
    Map<UUID, ApprovalRule> old =
        before.stream().collect(Collectors.toMap(ApprovalRule::id, Function.identity()));
    Set<UUID> kept = after.stream().map(ApprovalRule::id).collect(Collectors.toSet());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("fromVersion", from);
    details.put("toVersion", to);
    details.put(
        "rules",
        after.stream()
            .map(
                r ->
                    Map.of(
                        "name", r.name(),
                        "kind", r.kind().name(),
                        "enabled", r.enabled(),
                        "approvalsNeeded", r.approvalsNeeded()))
            .toList());
    details.put(
        "added",
        after.stream().filter(r -> !old.containsKey(r.id())).map(ApprovalRule::name).toList());
    details.put(
        "changed",
        after.stream()
            .filter(r -> old.containsKey(r.id()) && !old.get(r.id()).equals(r))
            .map(ApprovalRule::name)
            .toList());
    details.put(
        "removed",
        before.stream().filter(r -> !kept.contains(r.id())).map(ApprovalRule::name).toList());
    return details;
  }

  private static TenantId tenant() {
    return TenantContext.require("ApprovalPolicies").id();
  }

  /** Now, as precisely as the database keeps it, so views before and after a reload agree. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
