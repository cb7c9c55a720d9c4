package com.crewbid.e2e;

import static com.crewbid.e2e.Ui.signInWithPassword;
import static com.crewbid.e2e.Ui.testId;
import static com.crewbid.support.AccessibilityScan.assertNoSeriousViolations;
import static com.crewbid.support.BrowserSession.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.UserAccounts;
import com.crewbid.support.BrowserSession;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The owner writes an approval policy in the browser: adds a bid rule, moves it first with the
 * keyboard, saves, and tries it; a manager reads the saved order but cannot change it.
 */
@IntegrationTest
class ApprovalPolicyJourneyE2E {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired UserAccounts accounts;

  @Test
  void ownerWritesAPolicyThatAManagerReadsButCannotChange() {
    TestAgencies.Agency agency = agencies.register("policy-journey");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String managerEmail = "manager-" + suffix + "@policy-journey.test";
    String managerPassword = "pw-" + suffix + "-manager-long";
    accounts.createMember(
        agency.id(), managerEmail, "Mateo Manager", managerPassword, AgencyRole.MANAGER);

    try (BrowserSession browser = new BrowserSession(port)) {
      Page owner = browser.newPerson();
      signInWithPassword(owner, agency.ownerEmail(), agency.ownerPassword());
      owner.waitForURL("**/agency");
      testId(owner, "nav-policies").click();
      owner.waitForURL("**/agency/policies");
      assertThat(testId(owner, "rule-title-0")).containsText("Every proposal");
      screenshot(owner, "policy-01-standard");

      testId(owner, "rule-add").click();
      testId(owner, "rule-name-1").fill("Big bids");
      testId(owner, "rule-kind-1").click();
      testId(owner, "kind-option-BID_AT_LEAST").click();
      testId(owner, "rule-bid-1").fill("1500");
      testId(owner, "rule-role-MANAGER-1").locator("input").uncheck();
      assertThat(testId(owner, "rule-summary-1")).containsText("Owner");
      assertThat(testId(owner, "rule-summary-1")).not().containsText("Manager");
      screenshot(owner, "policy-02-new-rule");
      assertNoSeriousViolations(owner, "policy editor");

      testId(owner, "rule-move-up-1").focus();
      owner.keyboard().press("Enter");
      assertThat(testId(owner, "rule-title-0")).containsText("Big bids");
      assertThat(testId(owner, "rule-title-1")).containsText("Every proposal");

      testId(owner, "policy-save").click();
      assertThat(owner.getByText("Approval policy saved.")).isVisible();

      testId(owner, "preview-bid").fill("2000");
      testId(owner, "preview-check").click();
      assertThat(testId(owner, "preview-result")).containsText("Rule 1 “Big bids” applies");
      testId(owner, "preview-bid").fill("200");
      testId(owner, "preview-check").click();
      assertThat(testId(owner, "preview-result")).containsText("“Every proposal”");
      screenshot(owner, "policy-03-saved-and-tried");
      assertNoSeriousViolations(owner, "policy editor after a preview");

      owner.reload();
      assertThat(testId(owner, "rule-title-0")).containsText("Big bids");
      assertThat(testId(owner, "rule-0")).containsText("Owner");

      testId(owner, "rule-delete-1").click();
      assertThat(testId(owner, "confirm-dialog-message")).containsText("“Every proposal”");
      testId(owner, "confirm-dialog-cancel").click();
      assertThat(testId(owner, "rule-title-1")).containsText("Every proposal");

      Page manager = browser.newPerson();
      signInWithPassword(manager, managerEmail, managerPassword);
      manager.waitForURL("**/agency");
      testId(manager, "nav-policies").click();
      manager.waitForURL("**/agency/policies");
      assertThat(testId(manager, "policy-read-only")).isVisible();
      assertThat(testId(manager, "rule-title-0")).containsText("Big bids");
      assertThat(testId(manager, "rule-title-1")).containsText("Every proposal");
      assertThat(testId(manager, "policy-save")).hasCount(0);
      assertThat(manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete")))
          .hasCount(0);
      screenshot(manager, "policy-04-manager-read-only");
      assertNoSeriousViolations(manager, "policy read-only");
    }
  }
}
