package com.crewbid.e2e;

import static com.crewbid.e2e.Ui.confirm;
import static com.crewbid.e2e.Ui.signInWithPassword;
import static com.crewbid.e2e.Ui.testId;
import static com.crewbid.support.BrowserSession.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.embedded.CapturedMail;
import com.crewbid.support.BrowserSession;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TotpCodes;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Olena signs in with Upwork, creates her agency, turns on MFA and invites a freelancer by e-mail;
 * the freelancer joins from the link, is promoted, and signs one of their devices out.
 */
@IntegrationTest
class IdentityJourneyE2E {

  private static final String OLENA = "olena.koval@sandbox.upwork.test";
  private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** Other tests sign Olena in with Upwork too and expect no second factor: leave MFA off. */
  @AfterEach
  void turnOlenasMfaOff() {
    jdbc.sql(
            "delete from platform.mfa_credentials where user_id in"
                + " (select id from platform.users where lower(email) = ?)")
        .param(OLENA)
        .update();
  }

  @Test
  void ownerOnboardsWithUpworkSecuresTheAccountAndAnInvitedFreelancerJoins() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String agencyName = "Koval Studio " + suffix;
    String freelancerEmail = "freelancer-" + suffix + "@example.test";
    // Not containing any part of the e-mail address, which the password policy refuses.
    String freelancerPassword = "Violet-harbour-lantern-47";

    try (BrowserSession browser = new BrowserSession(port)) {
      Page owner = browser.newPerson();
      owner.navigate("/sign-in");
      screenshot(owner, "identity-01-sign-in");
      testId(owner, "sign-in-upwork").click();
      owner.getByText("Continue as Olena Koval").click();
      // First time here she onboards; if another test already gave her an agency, she lands there.
      owner.waitForURL(Pattern.compile(".*/(onboarding|agency)$"));
      if (!owner.url().endsWith("/onboarding")) {
        owner.navigate("/onboarding");
      }
      assertThat(testId(owner, "onboarding-invitation-note")).isVisible();
      testId(owner, "onboarding-name").fill(agencyName);
      assertThat(testId(owner, "onboarding-slug")).hasValue("koval-studio-" + suffix);
      screenshot(owner, "identity-02-onboarding");
      testId(owner, "onboarding-submit").click();
      owner.waitForURL("**/agency");
      assertThat(testId(owner, "toolbar-agency-name")).hasText(agencyName);

      testId(owner, "nav-security").click();
      owner.waitForURL("**/security");
      assertThat(testId(owner, "mfa-status")).hasAttribute("data-enabled", "false");
      screenshot(owner, "identity-03-security-before-mfa");
      testId(owner, "mfa-enable").click();
      owner.waitForURL("**/security/mfa-setup");
      assertThat(testId(owner, "mfa-qr")).hasAttribute("alt", Pattern.compile(".+"));
      assertThat(testId(owner, "mfa-secret")).hasText(Pattern.compile("[A-Z2-7][A-Z2-7 ]{15,}"));
      String secret = testId(owner, "mfa-secret").textContent().replaceAll("\\s", "");
      screenshot(owner, "identity-04-mfa-setup");
      testId(owner, "mfa-setup-code").fill(TotpCodes.now(secret));
      testId(owner, "mfa-setup-confirm").click();
      assertThat(owner.getByTestId("backup-code")).hasCount(10);
      assertThat(testId(owner, "backup-codes-done")).isDisabled();
      owner.keyboard().press("Escape");
      assertThat(testId(owner, "backup-codes")).isVisible();
      screenshot(owner, "identity-05-backup-codes");
      testId(owner, "backup-codes-saved").click();
      testId(owner, "backup-codes-done").click();
      owner.waitForURL("**/security");
      assertThat(testId(owner, "mfa-status")).hasAttribute("data-enabled", "true");
      assertThat(testId(owner, "mfa-backup-remaining")).containsText("10");
      screenshot(owner, "identity-06-security-mfa-on");

      testId(owner, "nav-team").click();
      owner.waitForURL("**/agency/team");
      testId(owner, "invite-open").click();
      testId(owner, "invite-email").fill(freelancerEmail);
      screenshot(owner, "identity-07-invite-dialog");
      testId(owner, "invite-submit").click();
      Locator invitation =
          owner.locator("[data-testid=invitation-row][data-email='" + freelancerEmail + "']");
      assertThat(invitation.getByTestId("invitation-row-status"))
          .hasAttribute("data-status", "PENDING");
      screenshot(owner, "identity-08-team-invited");

      CapturedMail.Message mail = CapturedMail.latestTo(freelancerEmail).orElseThrow();
      Matcher link = INVITATION_LINK.matcher(mail.text() + mail.html());
      assertThat(link.find()).as("invitation link in: " + mail.text()).isTrue();
      String invitationPath = link.group();

      Page freelancer = browser.newPerson();
      freelancer.navigate(invitationPath);
      assertThat(testId(freelancer, "invitation-agency")).hasText(agencyName);
      assertThat(testId(freelancer, "invitation-email")).hasText(freelancerEmail);
      assertThat(testId(freelancer, "invitation-role")).hasText("Freelancer");
      testId(freelancer, "invitation-display-name").fill("Taras Freelancer");
      testId(freelancer, "invitation-password").fill(freelancerPassword);
      screenshot(freelancer, "identity-09-invitation");
      testId(freelancer, "invitation-create-account").click();
      freelancer.waitForURL("**/agency");
      assertThat(testId(freelancer, "toolbar-agency-name")).hasText(agencyName);
      screenshot(freelancer, "identity-10-freelancer-joined");

      owner.reload();
      Locator member =
          owner.locator("[data-testid=member-row][data-email='" + freelancerEmail + "']");
      member.getByTestId("member-role-select").click();
      owner.getByTestId("role-option-MANAGER").click();
      assertThat(member.getByTestId("member-role-select")).containsText("Manager");
      owner.reload();
      assertThat(member.getByTestId("member-role-select")).containsText("Manager");
      screenshot(owner, "identity-11-team-promoted");

      Page secondDevice = browser.newPerson();
      signInWithPassword(secondDevice, freelancerEmail, freelancerPassword);
      secondDevice.waitForURL("**/agency");
      testId(secondDevice, "nav-security").click();
      secondDevice.waitForURL("**/security");
      Locator sessions = secondDevice.getByTestId("session-row");
      assertThat(sessions).hasCount(2);
      assertThat(secondDevice.locator("[data-testid=session-row][data-current=true]")).hasCount(1);
      screenshot(secondDevice, "identity-12-freelancer-devices");
      testId(secondDevice, "session-revoke").click();
      confirm(secondDevice);
      assertThat(sessions).hasCount(1);
      screenshot(secondDevice, "identity-13-device-signed-out");

      freelancer.navigate("/agency/team");
      freelancer.waitForURL(Pattern.compile(".*/sign-in(\\?.*)?$"));
      assertThat(testId(freelancer, "sign-in-submit")).isVisible();
      screenshot(freelancer, "identity-14-revoked-device");
    }
  }
}
