package com.crewbid.e2e;

import static com.crewbid.e2e.Ui.signInWithPassword;
import static com.crewbid.e2e.Ui.testId;
import static com.crewbid.support.AccessibilityScan.assertNoSeriousViolations;
import static com.crewbid.support.BrowserSession.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AgencyRole;
import com.crewbid.notifications.Notice;
import com.crewbid.notifications.NotificationTopic;
import com.crewbid.notifications.Notifications;
import com.crewbid.notifications.internal.LiveStreams;
import com.crewbid.shared.UserId;
import com.crewbid.support.BrowserSession;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantScope;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A freelancer's bell lights up live when their proposal is approved; they open it from the panel,
 * find it read on the notifications page, and turn its e-mail off.
 */
@IntegrationTest
class NotificationCentreE2E {

  @LocalServerPort int port;
  @Autowired Callers callers;
  @Autowired TestAgencies agencies;
  @Autowired AgencyMembers members;
  @Autowired Notifications notifications;
  @Autowired TenantScope tenantScope;
  @Autowired LiveStreams streams;

  @Test
  void freelancerSeesALiveNotificationOpensItAndTurnsItsEmailOff() {
    var agency = agencies.register("bell");
    Callers.Credentials freelancer = callers.newMember(agency, AgencyRole.FREELANCER);
    UserId freelancerId =
        tenantScope.callAs(
            agency.id(),
            () ->
                members.ofCurrentAgency().stream()
                    .filter(m -> m.email().equals(freelancer.email()))
                    .findFirst()
                    .orElseThrow()
                    .userId());

    try (BrowserSession browser = new BrowserSession(port)) {
      Page page = browser.newPerson();
      signInWithPassword(page, freelancer.email(), freelancer.password());
      page.waitForURL("**/agency");
      assertThat(testId(page, "notification-bell"))
          .hasAttribute("aria-label", "Notifications, none unread");
      // The stream is open: what happens from now on arrives live.
      assertThat(testId(page, "notification-bell")).hasAttribute("data-live", "true");

      tenantScope.runAs(
          agency.id(),
          () ->
              notifications.notify(
                  Notice.about(NotificationTopic.PROPOSAL_APPROVED)
                      .to(freelancerId)
                      .param("jobTitle", "Shopify storefront")
                      .param("actorName", "Olena Koval")
                      .link("/notifications")
                      .build()));

      // Live: no reload.
      assertThat(testId(page, "notification-bell"))
          .hasAttribute("aria-label", "Notifications, 1 unread");
      assertThat(testId(page, "notification-announcer"))
          .containsText("Olena Koval approved your proposal for “Shopify storefront”.");
      testId(page, "notification-bell").click();
      assertThat(testId(page, "notification-item")).containsText("Unread");
      screenshot(page, "notifications-01-bell-panel");
      assertNoSeriousViolations(page, "notification bell panel");

      testId(page, "notification-item").click();
      page.waitForURL("**/notifications");
      testId(page, "notification-row").waitFor();
      assertThat(testId(page, "notification-bell"))
          .hasAttribute("aria-label", "Notifications, none unread");
      assertThat(testId(page, "notification-row"))
          .containsText("Olena Koval approved your proposal");
      assertThat(testId(page, "notification-row")).not().containsText("Unread");
      screenshot(page, "notifications-02-page");
      assertNoSeriousViolations(page, "notifications page");

      testId(page, "notifications-preferences").click();
      page.waitForURL("**/notifications/preferences");
      testId(page, "preference-row").first().waitFor();
      var email =
          testId(page, "pref-email-proposal-approved")
              .getByRole(com.microsoft.playwright.options.AriaRole.SWITCH);
      assertThat(email).hasAttribute("aria-checked", "true");
      email.click();
      assertThat(email).hasAttribute("aria-checked", "false");
      page.reload();
      // Waits as long as the page may take to load (the browser context's timeout).
      testId(page, "preference-row").first().waitFor();
      assertThat(
              testId(page, "pref-email-proposal-approved")
                  .getByRole(com.microsoft.playwright.options.AriaRole.SWITCH))
          .hasAttribute("aria-checked", "false");
      screenshot(page, "notifications-03-preferences");
      assertNoSeriousViolations(page, "notification preferences");
    }

    // The browser is gone: its stream is dropped at the next heartbeat, not kept open.
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
    while (streams.openStreams(agency.id(), freelancerId) > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    org.assertj.core.api.Assertions.assertThat(streams.openStreams(agency.id(), freelancerId))
        .isZero();
  }
}
