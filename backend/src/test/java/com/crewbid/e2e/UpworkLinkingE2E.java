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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A freelancer links their Upwork account through Upwork's consent page (the sandbox's), chooses
 * the agency organization and sees their imported profile; the owner sees the link on "Linked
 * accounts".
 */
@IntegrationTest
class UpworkLinkingE2E {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired UserAccounts accounts;

  @Test
  void freelancerLinksUpworkChoosesTheAgencyAndTheOwnerSeesTheLink() {
    TestAgencies.Agency agency = agencies.register("linking");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String email = "priya-" + suffix + "@linking.test";
    String password = "Copper-meadow-lantern-" + suffix;
    accounts.createMember(agency.id(), email, "Priya Raman", password, AgencyRole.FREELANCER);

    try (BrowserSession browser = new BrowserSession(port)) {
      Page freelancer = browser.newPerson();
      signInWithPassword(freelancer, email, password);
      freelancer.waitForURL("**/agency");
      testId(freelancer, "nav-upwork-account").click();
      freelancer.waitForURL("**/upwork/account");
      assertThat(testId(freelancer, "upwork-not-linked")).isVisible();
      screenshot(freelancer, "upwork-01-not-linked");
      assertNoSeriousViolations(freelancer, "upwork-01-not-linked");

      testId(freelancer, "upwork-link").click();
      freelancer.getByText("Continue as Priya Raman").click();
      freelancer.waitForURL("**/upwork/account");
      assertThat(testId(freelancer, "link-state")).hasAttribute("data-state", "LINKED");
      assertThat(testId(freelancer, "upwork-profile-title")).containsText("Data Engineer");
      assertThat(testId(freelancer, "upwork-sync-state")).hasAttribute("data-state", "SUCCEEDED");
      screenshot(freelancer, "upwork-02-linked");
      assertNoSeriousViolations(freelancer, "upwork-02-linked");

      testId(freelancer, "upwork-organization-select").click();
      freelancer
          .getByRole(com.microsoft.playwright.options.AriaRole.OPTION)
          .filter(new Locator.FilterOptions().setHasText("Lviv Codeworks"))
          .click();
      testId(freelancer, "upwork-organization-save").click();
      assertThat(testId(freelancer, "upwork-organization")).containsText("Lviv Codeworks");
      screenshot(freelancer, "upwork-03-organization");
      assertNoSeriousViolations(freelancer, "upwork-03-organization");

      Page owner = browser.newPerson();
      signInWithPassword(owner, agency.ownerEmail(), agency.ownerPassword());
      owner.waitForURL("**/agency");
      testId(owner, "nav-linked-accounts").click();
      owner.waitForURL("**/upwork/linked-accounts");
      Locator row = owner.locator("[data-testid=linked-account-row][data-email='" + email + "']");
      assertThat(row.getByTestId("link-state")).hasAttribute("data-state", "LINKED");
      assertThat(row).containsText("Lviv Codeworks");
      Locator ownerRow =
          owner.locator(
              "[data-testid=linked-account-row][data-email='" + agency.ownerEmail() + "']");
      assertThat(ownerRow.getByTestId("link-state")).hasAttribute("data-state", "NEVER_LINKED");
      assertThat(ownerRow.getByTestId("ask-to-relink")).isVisible();
      screenshot(owner, "upwork-04-linked-accounts");
      assertNoSeriousViolations(owner, "upwork-04-linked-accounts");
    }
  }
}
