package com.crewbid.approvals.web;

import com.crewbid.approvals.ApprovalPolicies;
import com.crewbid.approvals.ApprovalPolicy;
import com.crewbid.approvals.Evaluation;
import com.crewbid.approvals.ProposalFacts;
import com.crewbid.approvals.RuleDraft;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/approval-policy")
@Tag(
    name = "Approval policy",
    description =
        "The agency's ordered approval rules: the first enabled rule that matches a proposal"
            + " decides who must approve it; a proposal no rule matches is approved automatically")
class ApprovalPolicyController {

  /** The policy as the editor reads it; its version is also the ETag. */
  record PolicyView(long version, Instant updatedAt, List<RuleDraft> rules) {

    static PolicyView of(ApprovalPolicy policy) {
      return new PolicyView(
          policy.version(),
          policy.updatedAt(),
          policy.rules().stream().map(RuleDraft::of).toList());
    }
  }

  record PolicyChange(List<RuleDraft> rules) {}

  /**
   * Facts to try the policy on, with an optional unsaved draft of the rules (the editor's preview).
   */
  record EvaluationRequest(
      RuleDraft.Amount bid,
      Integer connects,
      String category,
      Boolean newClient,
      Integer authorPriorProposals,
      List<RuleDraft> rules) {}

  /**
   * @param ruleId null when no rule applies (approved automatically)
   * @param rulePosition from 1; null when no rule applies
   */
  record EvaluationView(
      boolean requiresApproval,
      UUID ruleId,
      Integer rulePosition,
      String ruleName,
      Integer approvalsNeeded,
      String reason) {

    static EvaluationView of(Evaluation evaluation) {
      var rule = evaluation.rule();
      return new EvaluationView(
          evaluation.requiresApproval(),
          rule == null ? null : rule.id(),
          rule == null ? null : evaluation.position(),
          rule == null ? null : rule.name(),
          rule == null ? null : rule.approvalsNeeded(),
          evaluation.reason());
    }
  }

  private final ApprovalPolicies policies;

  ApprovalPolicyController(ApprovalPolicies policies) {
    this.policies = policies;
  }

  @GetMapping
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "The agency's approval policy, with its version as ETag (OWNER, MANAGER)",
      description =
          "An agency that never saved one has the standard policy at version 0: one rule,"
              + " “Every proposal” (ALWAYS), approved by one OWNER or MANAGER.")
  ResponseEntity<PolicyView> get() {
    ApprovalPolicy policy = policies.current();
    return ResponseEntity.ok().eTag(String.valueOf(policy.version())).body(PolicyView.of(policy));
  }

  @PutMapping
  @RequiresAgencyRole(AgencyRole.OWNER)
  @Operation(
      summary = "Replace the approval rules, in order (OWNER)",
      description =
          "Requires If-Match with the ETag last read: 428 without it, 412 when stale. 400"
              + " validation names each wrong field as rules[i].field (for example"
              + " rules[2].minimumBid.amount or rules[0].approvers.userIds[1]). A rule keeps its"
              + " id when the draft sends it back; rules without a known id are new.")
  ResponseEntity<PolicyView> replace(
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PolicyChange change) {
    ApprovalPolicy policy = policies.replace(IfMatch.expectedVersion(ifMatch), change.rules());
    return ResponseEntity.ok().eTag(String.valueOf(policy.version())).body(PolicyView.of(policy));
  }

  @PostMapping("/evaluate")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Which rule would apply to a proposal with these facts (OWNER, MANAGER)",
      description =
          "Tries the saved policy, or the unsaved rules sent along (the editor's preview). Changes"
              + " nothing. 400 validation names wrong facts (bid.amount, connects, …) and rules.")
  EvaluationView evaluate(@RequestBody EvaluationRequest request) {
    ProposalFacts facts =
        PreviewFacts.from(
            request.bid(),
            request.connects(),
            request.category(),
            request.newClient(),
            request.authorPriorProposals(),
            CurrentMember.require().userId());
    Evaluation evaluation =
        request.rules() == null
            ? policies.evaluate(facts)
            : policies.evaluateDraft(request.rules(), facts);
    return EvaluationView.of(evaluation);
  }
}
