package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewbid.embedded.CapturedMail;
import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.support.UpworkConsent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Password reset and e-mail verification, following the links in the e-mails as a person would. */
@IntegrationTest
class PasswordResetAndVerificationIT {

  static final String MATEO_EMAIL = "mateo.fernandez@sandbox.upwork.test";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired JdbcClient jdbc;

  @Test
  void whenAPersonFollowsTheResetLinkThenTheNewPasswordWorksOnceAndEverySessionEnds() {
    var agency = agencies.register("reset");
    ApiClient oldDevice = new ApiClient(port);
    assertThat(oldDevice.signIn(agency.ownerEmail(), agency.ownerPassword()).status())
        .isEqualTo(200);
    Instant asked = Instant.now();
    ApiClient browser = new ApiClient(port);
    browser.get("/api/auth/session");

    ApiClient.Response requested =
        browser.postJson(
            "/api/auth/password-reset", Map.of("email", agency.ownerEmail().toUpperCase()));
    assertThat(requested.status()).isEqualTo(202);
    String link =
        linkInMail(agency.ownerEmail(), "Reset your Crewbid password", asked, "/reset-password/");

    assertThat(link).startsWith("http://localhost:" + port + "/reset-password/");
    String token = link.substring(link.lastIndexOf('/') + 1);
    ApiClient.Response weak =
        browser.postJson(
            "/api/auth/password-reset/confirm", Map.of("token", token, "password", "password123"));
    assertThat(weak.status()).isEqualTo(400);
    String newPassword = "Copper-fjord-lantern-" + UUID.randomUUID().toString().substring(0, 4);
    ApiClient.Response reset =
        browser.postJson(
            "/api/auth/password-reset/confirm", Map.of("token", token, "password", newPassword));
    ApiClient.Response again =
        browser.postJson(
            "/api/auth/password-reset/confirm",
            Map.of("token", token, "password", "Another-" + newPassword));

    assertThat(reset.status()).as(reset.body()).isEqualTo(204);
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.problemType()).endsWith("/link-expired");
    assertThat(oldDevice.get("/api/agency").status()).as("old sessions ended").isEqualTo(401);
    assertThat(new ApiClient(port).signIn(agency.ownerEmail(), agency.ownerPassword()).status())
        .isEqualTo(401);
    assertThat(new ApiClient(port).signIn(agency.ownerEmail(), newPassword).status())
        .isEqualTo(200);
  }

  @Test
  void whenResetsAreAskedForOneAddressTooOftenThenTheFourthIsRefusedWhetherOrNotItHasAnAccount() {
    String nobody = "nobody-" + UUID.randomUUID() + "@reset.test";
    ApiClient browser = new ApiClient(port);
    browser.get("/api/auth/session");

    ApiClient.Response last = null;
    for (int i = 0; i < 3; i++) {
      assertThat(browser.postJson("/api/auth/password-reset", Map.of("email", nobody)).status())
          .isEqualTo(202);
    }
    last = browser.postJson("/api/auth/password-reset", Map.of("email", " " + nobody + " "));

    assertThat(last.status()).isEqualTo(429);
    assertThat(last.problemType()).endsWith("/too-many-requests");
    assertThat(last.header("Retry-After")).isPresent();
    assertThat(CapturedMail.latestTo(nobody)).isEmpty();
  }

  @Test
  void whenUpworkCreatesAPersonThenTheirAddressIsUnverifiedUntilTheLinkIsFollowed() {
    Instant started = Instant.now();
    ApiClient browser = new ApiClient(port);
    UpworkConsent.signIn(browser, "Mateo");
    assertThat(
            browser.get("/api/auth/session").json().path("user").path("emailVerified").asBoolean())
        .as("Upwork reports an e-mail; it is not verified by that")
        .isFalse();
    ApiClient reset = new ApiClient(port);
    reset.get("/api/auth/session");
    assertThat(reset.postJson("/api/auth/password-reset", Map.of("email", MATEO_EMAIL)).status())
        .isEqualTo(202);

    assertThat(browser.postJson("/api/auth/email-verification", "{}").status()).isEqualTo(202);
    String link =
        linkInMail(
            MATEO_EMAIL, "Confirm your e-mail address for Crewbid", started, "/verify-email/");
    assertThat(link).startsWith("http://localhost:" + port + "/verify-email/");
    String token = link.substring(link.lastIndexOf('/') + 1);
    ApiClient mailReader = new ApiClient(port);
    mailReader.get("/api/auth/session");
    ApiClient.Response verified =
        mailReader.postJson("/api/auth/email-verification/confirm", Map.of("token", token));
    ApiClient.Response reused =
        mailReader.postJson("/api/auth/email-verification/confirm", Map.of("token", token));

    assertThat(verified.status()).as(verified.body()).isEqualTo(204);
    assertThat(reused.status()).isEqualTo(410);
    assertThat(
            browser.get("/api/auth/session").json().path("user").path("emailVerified").asBoolean())
        .isTrue();
    assertThat(reset.postJson("/api/auth/password-reset", Map.of("email", MATEO_EMAIL)).status())
        .isEqualTo(202);
    linkInMail(MATEO_EMAIL, "Reset your Crewbid password", started, "/reset-password/");
    assertThat(
            CapturedMail.messages().stream()
                .filter(m -> m.to().contains(MATEO_EMAIL))
                .filter(m -> m.subject().equals("Reset your Crewbid password"))
                .filter(m -> !m.receivedAt().isBefore(started.minusSeconds(1)))
                .count())
        .as("the reset asked for before the address was confirmed sent nothing")
        .isEqualTo(1);
  }

  private static Optional<CapturedMail.Message> mailsSince(
      String to, String subject, Instant since) {
    return CapturedMail.messages().reversed().stream()
        .filter(m -> m.to().contains(to) && m.subject().equals(subject))
        .filter(m -> !m.receivedAt().isBefore(since.minusSeconds(1)))
        .findFirst();
  }

  /** The link of the newest such e-mail (reset e-mails go out in the background). */
  private static String linkInMail(String to, String subject, Instant since, String path) {
    Pattern pattern = Pattern.compile("(https?://\\S+" + Pattern.quote(path) + "[A-Za-z0-9_-]+)");
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> mailsSince(to, subject, since), Optional::isPresent)
        .map(
            mail -> {
              Matcher link = pattern.matcher(mail.text());
              assertThat(link.find()).as(mail.text()).isTrue();
              return link.group(1);
            })
        .orElseThrow();
  }
}
