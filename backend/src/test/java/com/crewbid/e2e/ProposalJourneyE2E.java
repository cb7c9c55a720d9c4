package com.crewbid.e2e;

import static com.crewbid.e2e.Ui.confirm;
import static com.crewbid.e2e.Ui.signInWithPassword;
import static com.crewbid.e2e.Ui.testId;
import static com.crewbid.support.AccessibilityScan.assertNoSeriousViolations;
import static com.crewbid.support.BrowserSession.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.proposals.internal.OutcomeSyncSchedule;
import com.crewbid.support.ApiClient;
import com.crewbid.support.BrowserSession;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5's loop in Chromium: the owner writes a template and an approval policy; a freelancer
 * linked to a sandbox Upwork user finds a job and drafts a proposal from the template; the manager
 * asks for changes; the freelancer edits and submits again; the owner approves; the freelancer
 * sends it through Upwork; the sandbox's client replies and the outcome sync brings the news; the
 * freelancer and the owner see the notifications and the history.
 */
@IntegrationTest
class ProposalJourneyE2E {

  private static final Pattern PROPOSAL_URL = Pattern.compile(".*/proposals/([0-9a-f-]{36})$");

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired OutcomeSyncSchedule outcomeSync;

  @BeforeEach
  @AfterEach
  void resetSandbox() {
    new ApiClient(port).withoutCsrf().delete("/upwork-sandbox/_control");
  }

  @Test
  void aProposalGoesFromTemplateThroughChangesAndApprovalToSentAndReplied() {
    TestAgencies.Agency agency = agencies.register("journey-proposals");
    Callers.Member freelancer = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    Callers.Credentials manager = callers.newMember(agency, AgencyRole.MANAGER);

    try (BrowserSession browser = new BrowserSession(port)) {
      Page owner = browser.newPerson();
      signInWithPassword(owner, agency.ownerEmail(), agency.ownerPassword());
      owner.waitForURL("**/agency");
      writeTemplate(owner);
      writePolicy(owner);

      Page priya = browser.newPerson();
      signInWithPassword(priya, freelancer.email(), freelancer.password());
      priya.waitForURL("**/agency");
      String jobTitle = openASandboxJob(priya, freelancer.browser());
      String jobUrl = priya.url();
      previewTheTemplateWithTheJob(priya, jobTitle);
      priya.navigate(jobUrl);
      String proposalId = draftFromTheTemplate(priya);
      JsonNode draft = freelancer.browser().get("/api/proposals/" + proposalId).json();
      assertThat(draft.path("answers").size()).as("screening questions").isPositive();
      for (JsonNode answer : draft.path("answers")) {
        assertThat(answer.path("answer").asString())
            .isEqualTo("Yes: I did this for three clients last year.");
      }
      submit(priya, "Waiting for approval");
      assertThat(testId(priya, "approval-rule")).containsText("Rule 1 “New clients” applies");
      assertThat(testId(priya, "approval-count")).containsText("0 of 1 approvals");
      screenshot(priya, "proposals-06-submitted");

      Page mateo = browser.newPerson();
      signInWithPassword(mateo, manager.email(), manager.password());
      mateo.waitForURL("**/agency");
      assertThat(testId(mateo, "notification-bell"))
          .hasAttribute("aria-label", "Notifications, 1 unread");
      testId(mateo, "nav-approvals").click();
      mateo.waitForURL("**/approvals");
      assertThat(testId(mateo, "queue-row")).hasCount(1);
      assertThat(testId(mateo, "queue-row")).containsText(jobTitle);
      assertThat(testId(mateo, "queue-row")).containsText("New clients");
      screenshot(mateo, "proposals-07-manager-queue");
      assertNoSeriousViolations(mateo, "approval queue");
      testId(mateo, "queue-link").click();
      mateo.waitForURL("**/approvals/" + proposalId);
      assertThat(testId(mateo, "proposal-content-cover-letter")).containsText("I will build");
      assertNoSeriousViolations(mateo, "proposal review with the decision panel");
      testId(mateo, "decision-comment").fill("Please mention the similar dashboard you built.");
      testId(mateo, "decision-request-changes").click();
      assertThat(testId(mateo, "proposal-state")).containsText("Changes requested");
      assertThat(testId(mateo, "comment")).containsText("similar dashboard");
      testId(mateo, "comment-thread").scrollIntoViewIfNeeded();
      screenshot(mateo, "proposals-08-manager-requests-changes");
      assertNoSeriousViolations(mateo, "proposal review");

      // The freelancer's open proposal follows live: the request and its comment arrive.
      assertThat(testId(priya, "proposal-state")).containsText("Changes requested");
      assertThat(testId(priya, "proposal-changes-requested")).containsText("similar dashboard");
      assertThat(testId(priya, "notification-bell"))
          .hasAttribute("aria-label", Pattern.compile("Notifications, [1-9] unread"));
      screenshot(priya, "proposals-09-changes-requested");
      assertNoSeriousViolations(priya, "proposal with changes requested");
      Locator letter = testId(priya, "proposal-cover-letter");
      letter.fill(letter.inputValue() + "\nLast year I built a similar dashboard for a bank.");
      assertThat(testId(priya, "save-status")).containsText("Saved");
      submit(priya, "Waiting for approval");
      assertThat(testId(priya, "approval-count")).containsText("round 2");
      screenshot(priya, "proposals-10-resubmitted");

      owner.navigate("/approvals");
      assertThat(testId(owner, "queue-row")).containsText(jobTitle);
      testId(owner, "queue-link").click();
      owner.waitForURL("**/approvals/" + proposalId);
      assertThat(testId(owner, "proposal-content-cover-letter")).containsText("for a bank");
      assertThat(testId(owner, "comment-thread")).containsText("similar dashboard");
      testId(owner, "decision-approve").click();
      assertThat(testId(owner, "proposal-state")).containsText("Approved");
      screenshot(owner, "proposals-11-owner-approves");

      assertThat(testId(priya, "proposal-state")).containsText("Approved");
      assertThat(testId(priya, "proposal-manual")).isVisible();
      // Approved: shown as approved, editable only on purpose (an edit may need approval again).
      assertThat(testId(priya, "proposal-cover-letter")).hasCount(0);
      assertThat(testId(priya, "proposal-approved-locked")).isVisible();
      assertThat(testId(priya, "proposal-edit-approved")).isVisible();
      assertNoSeriousViolations(priya, "approved proposal");
      testId(priya, "proposal-send").click();
      assertThat(
              testId(priya, "confirm-dialog-message")
                  .locator("xpath=ancestor::mat-dialog-container"))
          .containsText("Send the proposal for “" + jobTitle + "”?");
      screenshot(priya, "proposals-12-send-confirmation");
      assertNoSeriousViolations(priya, "send confirmation");
      confirm(priya);
      assertThat(testId(priya, "proposal-state")).containsText("Sent");
      assertThat(testId(priya, "proposal-sent-info")).containsText("Sent through Upwork by");
      screenshot(priya, "proposals-13-sent");
      assertNoSeriousViolations(priya, "sent proposal");

      // The client replies on Upwork; the scheduled outcome sync (off in tests) runs once.
      JsonNode sent = freelancer.browser().get("/api/proposals/" + proposalId).json();
      String upworkProposalId = sent.path("sending").path("upworkProposalId").asString();
      assertThat(upworkProposalId).isNotBlank();
      ApiClient.Response replied =
          new ApiClient(port)
              .withoutCsrf()
              .putJson(
                  "/upwork-sandbox/_control/proposals/" + upworkProposalId + "/status",
                  Map.of("status", "REPLIED"));
      assertThat(replied.status()).as(replied.body()).isEqualTo(204);
      assertThat(outcomeSync.run()).isGreaterThanOrEqualTo(1);

      assertThat(testId(priya, "proposal-state")).containsText("Replied");
      assertThat(testId(priya, "proposal-history")).containsText("Upwork reported a new outcome");
      testId(priya, "notification-bell").click();
      assertThat(testId(priya, "notification-item").first())
          .containsText("The client replied to the proposal for “" + jobTitle + "”.");
      assertThat(
              priya.locator(
                  "[data-testid=notification-item]",
                  new Page.LocatorOptions().setHasText("approved your proposal")))
          .hasCount(1);
      screenshot(priya, "proposals-14-freelancer-sees-the-reply");
      assertNoSeriousViolations(priya, "notification bell panel");
      priya.keyboard().press("Escape");

      // On a phone the job stacks above the proposal.
      priya.setViewportSize(400, 860);
      assertThat(testId(priya, "proposal-job")).isVisible();
      screenshot(priya, "proposals-15a-narrow-screen");
      priya.setViewportSize(1280, 860);

      testId(priya, "nav-proposals").click();
      priya.waitForURL("**/proposals");
      assertThat(testId(priya, "proposal-row")).hasCount(1);
      assertThat(testId(priya, "proposal-row")).containsText("Replied");
      screenshot(priya, "proposals-15b-my-proposals");
      assertNoSeriousViolations(priya, "my proposals");

      owner.navigate("/notifications");
      assertThat(testId(owner, "notification-row").first())
          .containsText("The client replied to the proposal for “" + jobTitle + "”.");
      assertThat(
              owner.locator(
                  "[data-testid=notification-row]",
                  new Page.LocatorOptions().setHasText("sent the proposal for")))
          .hasCount(1);
      screenshot(owner, "proposals-16-owner-notifications");
      testId(owner, "notification-row").first().click();
      owner.waitForURL("**/proposals/" + proposalId);
      Locator history = testId(owner, "proposal-history");
      for (String step :
          new String[] {
            "created the draft",
            "submitted it for approval",
            "asked for changes",
            "approved it",
            "sent it through Upwork",
            "Upwork reported a new outcome"
          }) {
        assertThat(history).containsText(step);
      }
      history.scrollIntoViewIfNeeded();
      screenshot(owner, "proposals-17-owner-history");
    }
  }

  private static void writeTemplate(Page owner) {
    testId(owner, "nav-templates").click();
    owner.waitForURL("**/templates");
    testId(owner, "templates-empty-new").click();
    owner.waitForURL("**/templates/new");
    testId(owner, "template-name").fill("Sandbox intro");
    testId(owner, "template-category").fill("Web Development");
    testId(owner, "template-body")
        .fill("Hello {{client_name}},\nI will build {{job_title}} for you.\n{{member_name}}");
    testId(owner, "template-save").click();
    owner.waitForURL(Pattern.compile(".*/templates/[0-9a-f-]{36}$"));
    assertThat(testId(owner, "template-version-line")).containsText("Version 1");
    screenshot(owner, "proposals-01-owner-writes-a-template");
    assertNoSeriousViolations(owner, "template editor (saved)");
  }

  private static void writePolicy(Page owner) {
    testId(owner, "nav-policies").click();
    owner.waitForURL("**/agency/policies");
    testId(owner, "rule-add").click();
    testId(owner, "rule-name-1").fill("New clients");
    testId(owner, "rule-kind-1").click();
    testId(owner, "kind-option-NEW_CLIENT").click();
    testId(owner, "rule-move-up-1").click();
    assertThat(testId(owner, "rule-title-0")).containsText("New clients");
    testId(owner, "policy-save").click();
    assertThat(owner.getByText("Approval policy saved.")).isVisible();
    screenshot(owner, "proposals-02-owner-writes-a-policy");
    assertNoSeriousViolations(owner, "policy editor");
  }

  /**
   * Searches Upwork (the sandbox) and opens a job of the results that asks screening questions (the
   * sandbox asks them on about a third of its jobs); its title.
   */
  private static String openASandboxJob(Page page, ApiClient member) {
    testId(page, "nav-jobs").click();
    page.waitForURL("**/jobs");
    testId(page, "jobs-keywords").fill("developer");
    testId(page, "jobs-search").click();
    assertThat(testId(page, "job-card").first()).isVisible();
    String jobId = null;
    for (JsonNode job : member.get("/api/jobs?keywords=developer&size=50").json().path("items")) {
      JsonNode detail = member.get("/api/jobs/" + job.path("id").asString()).json();
      if (!detail.path("screeningQuestions").isEmpty()) {
        jobId = job.path("id").asString();
        break;
      }
    }
    assertThat(jobId).as("a sandbox job with screening questions").isNotNull();
    page.navigate("/jobs/" + jobId);
    Locator title = testId(page, "job-detail-title");
    assertThat(title).isVisible();
    screenshot(page, "proposals-03-job");
    return title.textContent().strip();
  }

  /** Opens the template (read-only for a freelancer) and previews it against the real job. */
  private static void previewTheTemplateWithTheJob(Page page, String jobTitle) {
    testId(page, "nav-templates").click();
    page.waitForURL("**/templates");
    testId(page, "template-link").first().click();
    assertThat(testId(page, "template-read-only")).isVisible();
    Locator picker = testId(page, "preview-job-input");
    picker.click();
    picker.fill(jobTitle);
    page.locator("[data-testid=preview-job-option]", new Page.LocatorOptions().setHasText(jobTitle))
        .first()
        .click();
    assertThat(testId(page, "preview-job-chosen")).containsText(jobTitle);
    assertThat(testId(page, "preview-text")).containsText("I will build " + jobTitle + " for you.");
    screenshot(page, "proposals-03b-template-previewed-with-the-job");
    assertNoSeriousViolations(page, "template preview with a job");
  }

  /** Starts a draft from the template, completes it and waits until it is saved; its id. */
  private static String draftFromTheTemplate(Page page) {
    testId(page, "job-draft-proposal").click();
    page.waitForURL("**/proposals/new?jobId=*");
    testId(page, "proposal-start-templates")
        .locator("mat-radio-button", new Locator.LocatorOptions().setHasText("Sandbox intro"))
        .locator("input")
        .check();
    assertThat(testId(page, "proposal-start-preview")).containsText("I will build");
    screenshot(page, "proposals-04-choose-a-template");
    assertNoSeriousViolations(page, "proposal start");
    testId(page, "proposal-start-create").click();
    page.waitForURL(PROPOSAL_URL);
    String id = PROPOSAL_URL.matcher(page.url()).replaceFirst("$1");

    assertThat(testId(page, "proposal-template"))
        .containsText("From the template “Sandbox intro”, version 1");
    assertThat(testId(page, "proposal-cover-letter")).hasValue(Pattern.compile("I will build"));
    Locator answers = page.locator("textarea[data-testid^=proposal-answer-]");
    assertThat(answers.first()).isVisible();
    assertThat(answers.count()).as("answer fields").isPositive();
    for (int i = 0; i < answers.count(); i++) {
      answers.nth(i).fill("Yes: I did this for three clients last year.");
    }
    testId(page, "proposal-bid-amount").fill("450");
    testId(page, "proposal-duration").click();
    testId(page, "duration-option-ONE_TO_THREE_MONTHS").click();
    assertThat(testId(page, "save-status")).containsText("Saved");
    screenshot(page, "proposals-05-draft-beside-the-job");
    assertNoSeriousViolations(page, "proposal editor");
    return id;
  }

  private static void submit(Page page, String expectedState) {
    testId(page, "proposal-submit").click();
    assertThat(testId(page, "proposal-state")).containsText(expectedState);
  }
}
