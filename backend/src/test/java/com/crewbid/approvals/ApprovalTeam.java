package com.crewbid.approvals;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.UserAccounts;
import com.crewbid.shared.UserId;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantScope;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An agency for approval tests (its registered owner plus two managers, a freelancer and a viewer),
 * with a way to act in it as the services' callers do: inside its tenant scope.
 */
final class ApprovalTeam {

  final TestAgencies.Agency agency;
  final CurrentMember managerAnna;
  final CurrentMember managerBoris;
  final CurrentMember freelancer;
  final CurrentMember viewer;
  private final UserAccounts accounts;
  private final TenantScope tenantScope;

  ApprovalTeam(String label, TestAgencies agencies, UserAccounts accounts, TenantScope scope) {
    this.accounts = accounts;
    this.tenantScope = scope;
    this.agency = agencies.register(label);
    this.managerAnna = member(AgencyRole.MANAGER, "Anna");
    this.managerBoris = member(AgencyRole.MANAGER, "Boris");
    this.freelancer = member(AgencyRole.FREELANCER, "Fedir");
    this.viewer = member(AgencyRole.VIEWER, "Vira");
  }

  CurrentMember member(AgencyRole role, String name) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String email = name.toLowerCase() + "-" + suffix + "@" + agency.slug() + ".test";
    UserId id =
        accounts.createMember(agency.id(), email, name, "pw-" + suffix + "-long-enough", role);
    return new CurrentMember(id, email, agency.id(), role);
  }

  <T> T as(Supplier<T> work) {
    return tenantScope.callAs(agency.id(), work::get);
  }

  void run(Runnable work) {
    tenantScope.runAs(agency.id(), work);
  }

  /** Facts of a proposal by the freelancer: 500 USD, 4 Connects, a known client. */
  Facts proposal() {
    return Facts.by(freelancer.userId());
  }

  static RuleDraft draft(String name, String kind, List<String> roles, int needed) {
    return new RuleDraft(
        null,
        name,
        true,
        kind,
        null,
        null,
        null,
        null,
        new RuleDraft.ApproverChoice(roles, List.of()),
        needed);
  }

  static RuleDraft bidDraft(String name, String amount, List<String> roles, int needed) {
    return new RuleDraft(
        null,
        name,
        true,
        "BID_AT_LEAST",
        new RuleDraft.Amount(amount, "USD"),
        null,
        null,
        null,
        new RuleDraft.ApproverChoice(roles, List.of()),
        needed);
  }
}
