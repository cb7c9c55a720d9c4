package com.crewbid.e2e;

import static com.crewbid.e2e.Ui.signInWithPassword;
import static com.crewbid.e2e.Ui.testId;
import static com.crewbid.support.BrowserSession.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.BrowserSession;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The platform admin creates an agency in the console; its new owner edits the profile and finds
 * both changes in the audit log; the owner of another agency sees none of it.
 */
@IntegrationTest
class AgencyAdminJourneyE2E {

  @LocalServerPort int port;
  @Autowired Callers callers;
  @Autowired TestAgencies agencies;

  @Test
  void adminCreatesAnAgencyWhoseOwnerEditsItAndAuditsItWhileAnotherAgencySeesNothing() {
    // Enrols the admin's MFA through the API the first time (platform admins must use it).
    callers.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String agencyName = "Journey Studio " + suffix;
    String slug = "journey-studio-" + suffix;
    String ownerEmail = "owner-" + suffix + "@journey.test";

    try (BrowserSession browser = new BrowserSession(port)) {
      Page admin = browser.newPerson();
      signInWithPassword(admin, Callers.ADMIN_EMAIL, Callers.ADMIN_PASSWORD);
      admin.waitForURL("**/sign-in/mfa");
      screenshot(admin, "admin-01-mfa-step");
      testId(admin, "mfa-code").fill(callers.unusedAdminCode());
      testId(admin, "mfa-submit").click();
      admin.waitForURL("**/admin/agencies");
      assertThat(testId(admin, "nav-admin-users")).isVisible();
      screenshot(admin, "admin-02-agencies");

      testId(admin, "new-agency-button").click();
      // The dialog focuses its first field when its opening animation ends; typing into the other
      // fields before that would lose keystrokes to it.
      assertThat(testId(admin, "new-agency-name")).isFocused();
      testId(admin, "new-agency-name").fill(agencyName);
      assertThat(testId(admin, "new-agency-slug")).hasValue(slug);
      testId(admin, "new-agency-owner-email").fill(ownerEmail);
      testId(admin, "new-agency-owner-name").fill("Journey Owner");
      screenshot(admin, "admin-03-new-agency-dialog");
      testId(admin, "new-agency-submit").click();
      // The dialog's element is attached before its first render fills it in: wait for the text.
      assertThat(testId(admin, "owner-initial-password")).hasText(Pattern.compile("\\S{12,}"));
      String ownerPassword = testId(admin, "owner-initial-password").textContent().strip();
      screenshot(admin, "admin-04-initial-password");
      testId(admin, "initial-password-done").click();
      assertThat(admin.locator("[data-testid=agency-row][data-slug=" + slug + "]")).isVisible();

      Page owner = browser.newPerson();
      signInWithPassword(owner, ownerEmail, ownerPassword);
      owner.waitForURL("**/agency");
      assertThat(testId(owner, "toolbar-agency-name")).hasText(agencyName);
      testId(owner, "agency-name").fill(agencyName + " Renamed");
      testId(owner, "agency-timezone").fill("Europe/Kyiv");
      owner.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Europe/Kyiv")).click();
      testId(owner, "agency-currency").click();
      testId(owner, "currency-EUR").click();
      testId(owner, "agency-website").fill("https://journey.example");
      screenshot(owner, "owner-01-profile-edited");
      testId(owner, "agency-save").click();
      assertThat(testId(owner, "toolbar-agency-name")).hasText(agencyName + " Renamed");
      assertThat(testId(owner, "agency-timezone")).hasValue("Europe/Kyiv");

      testId(owner, "nav-audit").click();
      owner.waitForURL("**/agency/audit");
      assertThat(owner.locator("[data-action='agency.created']")).hasCount(1);
      assertThat(owner.locator("[data-action='agency.profile.updated']")).hasCount(1);
      screenshot(owner, "owner-02-audit");

      TestAgencies.Agency other = agencies.register("other");
      Page stranger = browser.newPerson();
      signInWithPassword(stranger, other.ownerEmail(), other.ownerPassword());
      stranger.waitForURL("**/agency");
      assertThat(testId(stranger, "agency-name")).hasValue(other.name());
      assertThat(stranger.locator("body")).not().containsText("Journey Studio");
      screenshot(stranger, "other-01-profile");
      testId(stranger, "nav-audit").click();
      stranger.waitForURL("**/agency/audit");
      // Their own sign-in is there; nothing of the other agency is.
      assertThat(stranger.locator("[data-testid=audit-row]").first()).isVisible();
      assertThat(stranger.locator("[data-action='agency.profile.updated']")).hasCount(0);
      assertThat(testId(stranger, "audit-table")).not().containsText(ownerEmail);
      assertThat(testId(stranger, "audit-table")).not().containsText(slug);
      screenshot(stranger, "other-02-audit");
    }
  }
}
