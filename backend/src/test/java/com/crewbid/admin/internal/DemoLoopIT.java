package com.crewbid.admin.internal;

import static com.crewbid.proposals.ProposalSteps.BASE;
import static com.crewbid.proposals.ProposalSteps.action;
import static com.crewbid.proposals.ProposalSteps.complete;
import static com.crewbid.proposals.ProposalSteps.draft;
import static com.crewbid.proposals.ProposalSteps.edited;
import static com.crewbid.proposals.ProposalSteps.get;
import static com.crewbid.proposals.ProposalSteps.id;
import static com.crewbid.proposals.ProposalSteps.ids;
import static com.crewbid.proposals.ProposalSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.admin.AgencyRegistration;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.UserAccounts;
import com.crewbid.proposals.ProposalSteps;
import com.crewbid.proposals.internal.OutcomeSyncSchedule;
import com.crewbid.shared.TenantId;
import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.UpworkConsent;
import com.crewbid.tenancy.TenantCatalog;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo's own data and the loop the README walks through, on the shared test context (the demo
 * profile's seeding invoked on it; no context of its own): the seeded freelancer links the
 * sandbox's Priya Raman through the consent page, searches, drafts, submits; the seeded owner
 * approves; the freelancer sends through the sandbox; the sandbox's clock moves a day on and the
 * scheduled outcome sync brings the client's reply. Seeding again adds only who is missing.
 */
@IntegrationTest
class DemoLoopIT {

  static final String CONTROL = "/upwork-sandbox/_control";

  @LocalServerPort int port;
  @Autowired AgencyRegistration registration;
  @Autowired UserAccounts accounts;
  @Autowired TenantCatalog catalog;
  @Autowired OutcomeSyncSchedule outcomes;

  DemoData demo(List<DemoData.DemoAgency> agencies) {
    return new DemoData(
        agencies, registration, accounts, catalog, "admin@crewbid.test", "not-shown-here");
  }

  /** DemoData as the demo profile makes it. */
  DemoData demo() {
    return new DemoData(registration, accounts, catalog, "admin@crewbid.test", "not-shown-here");
  }

  /** An agency's registration whose owner is {@code <who>-<suffix>@demo.example}. */
  static AgencyRegistration.Request registrationOf(
      String name, String slug, String who, String suffix) {
    return new AgencyRegistration.Request(
        name,
        slug,
        who + "-" + suffix + "@demo.example",
        who + " " + suffix,
        "pw-" + UUID.randomUUID().toString().substring(0, 8) + "-long-enough",
        "UTC",
        "USD");
  }

  ApiClient signedIn(String email, String password) {
    ApiClient browser = new ApiClient(port);
    ApiClient.Response signIn = browser.signIn(email, password);
    assertThat(signIn.status()).as(email + ": " + signIn.body()).isEqualTo(200);
    return browser;
  }

  ApiClient control() {
    return new ApiClient(port).withoutCsrf();
  }

  @AfterEach
  void resetSandbox() {
    assertThat(control().delete(CONTROL).status()).isEqualTo(204);
  }

  TenantId northwind() {
    return catalog.findBySlug("northwind").orElseThrow().id();
  }

  @Test
  void whenTheDemoIsSeededThenTheReadmesLoopRunsFromAFreshLinkToTheClientsReply() {
    demo().run(new DefaultApplicationArguments());
    DemoData.DemoAgency northwind = DemoData.AGENCIES.getFirst();
    DemoData.DemoMember seededFreelancer =
        northwind.members().stream()
            .filter(m -> m.role() == AgencyRole.FREELANCER)
            .findFirst()
            .orElseThrow();

    // The freelancer links the sandbox's Priya Raman through its consent page.
    ApiClient freelancer = signedIn(seededFreelancer.email(), seededFreelancer.password());
    UpworkConsent.link(freelancer, "Priya");
    assertThat(freelancer.get("/api/me/upwork-account").json().path("upworkUserName").asString())
        .startsWith("Priya");

    // Searches, drafts from a found job, fills it in and submits it.
    ApiClient.Response fetched = freelancer.postJson("/api/jobs/fetches", Map.of());
    assertThat(fetched.status()).as(fetched.body()).isEqualTo(200);
    JsonNode found = freelancer.get("/api/jobs?size=30").json();
    assertThat(found.path("items").size()).isPositive();
    String jobId = found.path("items").get(0).path("id").asString();
    JsonNode proposal = draft(freelancer, jobId);
    proposal = edited(freelancer, proposal, complete(proposal, "900.00"));
    proposal = ok(action(freelancer, proposal, "submit-for-approval", Map.of()));
    assertThat(proposal.path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(proposal.path("approval").path("rule").path("name").asString())
        .isEqualTo("Every proposal");

    // The owner finds it in the approval queue and approves it.
    AgencyRegistration.Request owner = northwind.registration();
    ApiClient owners = signedIn(owner.ownerEmail(), owner.ownerPassword());
    JsonNode queue = ok(owners.get(BASE + "/approval-queue"));
    assertThat(ids(queue)).contains(id(proposal));
    JsonNode approved = ok(action(owners, get(owners, id(proposal)), "approve", Map.of()));
    assertThat(approved.path("state").asString()).isEqualTo("APPROVED");

    // The freelancer sends it through the sandbox's API (the demo key may submit proposals).
    JsonNode toSend = get(freelancer, id(proposal));
    assertThat(toSend.path("sending").path("apiSubmission").asString()).isEqualTo("AVAILABLE");
    JsonNode sent =
        ok(
            freelancer.postJson(
                BASE + "/" + id(proposal) + "/send",
                Map.of(),
                ProposalSteps.ifMatch(toSend, "Idempotency-Key", UUID.randomUUID().toString())));
    assertThat(sent.path("state").asString()).isEqualTo("SENT");
    assertThat(sent.path("sending").path("upworkProposalId").asString()).matches("\\d{19}");

    // A day later at the sandbox the client replied; the scheduled sync brings it (each run asks
    // for those who waited longest, so it may take a few runs to reach this one in the suite).
    assertThat(control().postJson(CONTROL + "/clock", Map.of("advanceBy", "P1DT1H")).status())
        .isEqualTo(200);
    String state = "SENT";
    for (int run = 0; run < 20 && state.equals("SENT"); run++) {
      outcomes.run();
      state = get(freelancer, id(proposal)).path("state").asString();
    }

    assertThat(state).isEqualTo("REPLIED");
    JsonNode replied = get(owners, id(proposal));
    assertThat(replied.path("outcome").path("upworkStatus").asString()).isEqualTo("REPLIED");
    assertThat(ProposalSteps.timeline(replied)).contains("approved", "sent", "outcome-synced");
  }

  @Test
  void whenTheDemoIsSeededAgainThenNothingIsDuplicatedAndTheManagersCanSignIn() {
    demo().run(new DefaultApplicationArguments());
    demo().run(new DefaultApplicationArguments());

    List<UserAccounts.Member> members = accounts.members(northwind());
    assertThat(members)
        .extracting(m -> m.person().email() + " " + m.role())
        .contains(
            "owner@northwind.example OWNER",
            "manager@northwind.example MANAGER",
            "freelancer@northwind.example FREELANCER")
        .doesNotHaveDuplicates();
    for (DemoData.DemoAgency agency : DemoData.AGENCIES) {
      for (DemoData.DemoMember member : agency.members()) {
        signedIn(member.email(), member.password());
      }
    }
  }

  @Test
  void whenAnOlderDemoDatabaseLacksAPersonThenOnlyThatPersonIsAdded() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    AgencyRegistration.Request agency =
        registrationOf("Older demo " + suffix, "older-demo-" + suffix, "owner", suffix);
    DemoData.DemoMember freelancer =
        new DemoData.DemoMember(
            "freelancer-" + suffix + "@older.example",
            "Freelancer " + suffix,
            "older-freelancer-pass",
            AgencyRole.FREELANCER);
    DemoData.DemoMember manager =
        new DemoData.DemoMember(
            "manager-" + suffix + "@older.example",
            "Manager " + suffix,
            "older-manager-pass",
            AgencyRole.MANAGER);
    demo(List.of(new DemoData.DemoAgency(agency, List.of(freelancer)))).seed();
    TenantId tenant = catalog.findBySlug(agency.slug()).orElseThrow().id();
    assertThat(accounts.members(tenant)).hasSize(2);

    demo(List.of(new DemoData.DemoAgency(agency, List.of(freelancer, manager)))).seed();

    assertThat(accounts.members(tenant))
        .extracting(m -> m.person().email() + " " + m.role())
        .containsExactlyInAnyOrder(
            agency.ownerEmail() + " OWNER",
            freelancer.email() + " FREELANCER",
            manager.email() + " MANAGER");
    signedIn(manager.email(), manager.password());
  }

  @Test
  void whenAnExistingDemoAgencyLacksItsOwnerThenTheOwnerIsAddedAsAnOwner() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String slug = "ownerless-demo-" + suffix;
    AgencyRegistration.Request demoAgency = registrationOf("Ownerless demo", slug, "owner", suffix);
    // The agency exists, registered once by someone else; the demo's owner has no account.
    registration.register(registrationOf("Ownerless demo", slug, "first", suffix));
    TenantId tenant = catalog.findBySlug(demoAgency.slug()).orElseThrow().id();

    demo(List.of(new DemoData.DemoAgency(demoAgency, List.of()))).seed();
    demo(List.of(new DemoData.DemoAgency(demoAgency, List.of()))).seed();

    assertThat(accounts.members(tenant))
        .extracting(m -> m.person().email() + " " + m.role())
        .containsExactlyInAnyOrder(
            "first-" + suffix + "@demo.example OWNER", demoAgency.ownerEmail() + " OWNER");
    signedIn(demoAgency.ownerEmail(), demoAgency.ownerPassword());
  }
}
