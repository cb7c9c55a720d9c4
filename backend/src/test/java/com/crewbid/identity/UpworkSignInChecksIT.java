package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewbid.admin.AgencyRegistration;
import com.crewbid.embedded.CapturedMail;
import com.crewbid.shared.UserId;
import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.support.UpworkConsent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Sign in with Upwork is held to the same account checks as a password sign-in, and an Upwork
 * account never takes over an existing account silently.
 */
@IntegrationTest
class UpworkSignInChecksIT {

  // Seeded Upwork users that only this class signs in with: what it leaves behind (a membership, a
  // link to a password account) cannot change what other tests see.
  static final String KENJI = "1638473861342851072";
  static final String SOFIA = "1638473942267752448";
  static final String SOFIA_EMAIL = "sofia.rossi@sandbox.upwork.test";
  static final String LUCAS = "1638474023186464768";
  static final String LUCAS_EMAIL = "lucas.moreau@sandbox.upwork.test";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired AgencyRegistration registration;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void whenAllAgenciesOfAnUpworkUserAreSuspendedThenSignInWithUpworkIsRefused() {
    UpworkConsent.signIn(new ApiClient(port), "Kenji");
    var agency = agencies.register("upwork-suspended");
    accounts.addMember(agency.id(), personOfUpwork(KENJI), AgencyRole.VIEWER);
    registration.suspend(agency.id());
    try {
      ApiClient browser = new ApiClient(port);

      String landed = UpworkConsent.signIn(browser, "Kenji");

      assertThat(landed).endsWith("/sign-in?error=suspended");
      assertThat(browser.get("/api/auth/session").json().path("authenticated").asBoolean())
          .isFalse();
    } finally {
      registration.restore(agency.id());
    }
    assertThat(UpworkConsent.signIn(new ApiClient(port), "Kenji")).endsWith("/");
  }

  @Test
  void whenTheUpworkEmailBelongsToAPlatformAdminThenSignInIsRefusedAuditedAndNothingIsLinked() {
    accounts.ensurePlatformAdmin(SOFIA_EMAIL, "Sofia the admin", "Admin-only-password-for-sofia");
    ApiClient browser = new ApiClient(port);

    String landed = UpworkConsent.signIn(browser, "Sofia");

    assertThat(landed).endsWith("/sign-in?error=upwork-admin-account");
    assertThat(browser.get("/api/auth/session").json().path("authenticated").asBoolean()).isFalse();
    assertThat(identitiesOf(SOFIA)).isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.upwork_authorized_clients where principal_name = ?")
                .param(SOFIA)
                .query(Long.class)
                .single())
        .as("the refused sign-in's Upwork tokens are not kept")
        .isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.security_events where action ="
                        + " 'auth.upwork-link-refused' and target = ? and outcome = 'DENIED'")
                .param(SOFIA_EMAIL)
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.security_alerts a join platform.users u"
                        + " on u.id = a.user_id where u.email = ? and a.kind = 'UPWORK_LINK'")
                .param(SOFIA_EMAIL)
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void whenTheUpworkEmailBelongsToAPasswordAccountThenItsPasswordAndSecondFactorLinkIt() {
    var agency = agencies.register("upwork-link");
    String password = "Lantern-orchard-basalt-" + UUID.randomUUID().toString().substring(0, 4);
    UserId existing =
        accounts.createMember(agency.id(), LUCAS_EMAIL, "Lucas M.", password, AgencyRole.MANAGER);
    List<String> backupCodes = turnMfaOn(LUCAS_EMAIL, password);
    ApiClient browser = new ApiClient(port);

    String landed = UpworkConsent.signIn(browser, "Lucas");

    assertThat(landed).endsWith("/sign-in/link-upwork");
    assertThat(browser.get("/api/auth/session").json().path("authenticated").asBoolean()).isFalse();
    assertThat(browser.get("/api/agency").status()).isEqualTo(401);
    JsonNode pending = browser.get("/api/auth/upwork-link").json();
    assertThat(pending.path("email").asString()).isEqualTo(LUCAS_EMAIL);
    assertThat(identitiesOf(LUCAS)).isZero();

    ApiClient.Response wrong =
        browser.postJson("/api/auth/upwork-link", Map.of("password", "not-the-password-at-all"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.problemType()).endsWith("/invalid-credentials");
    assertThat(identitiesOf(LUCAS)).isZero();

    String beforeConfirm = browser.cookie("SESSION").orElseThrow();
    ApiClient.Response confirmed =
        browser.postJson("/api/auth/upwork-link", Map.of("password", password));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().path("mfaPending").asBoolean()).isTrue();
    assertThat(browser.cookie("SESSION").orElseThrow()).isNotEqualTo(beforeConfirm);
    assertThat(identitiesOf(LUCAS)).as("not linked before the second factor").isZero();

    ApiClient.Response signedIn =
        browser.postJson("/api/auth/mfa", Map.of("backupCode", backupCodes.getFirst()));
    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
    assertThat(signedIn.json().path("user").path("id").asString()).isEqualTo(existing.toString());
    assertThat(identitiesOf(LUCAS)).isEqualTo(1);
    assertThat(
            jdbc.sql("select user_id from platform.user_identities where subject = ?")
                .param(LUCAS)
                .query(UUID.class)
                .single())
        .isEqualTo(existing.value());
    assertThat(CapturedMail.latestTo(LUCAS_EMAIL).orElseThrow().subject())
        .isEqualTo("Your Crewbid account was linked to Upwork");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        browser
                            .get("/api/agency/audit-events?action=auth.upwork&size=50")
                            .json()
                            .path("items")
                            .findValuesAsString("action"))
                    .contains("auth.upwork-linked", "auth.upwork-link-failed"));

    ApiClient again = new ApiClient(port);
    assertThat(UpworkConsent.signIn(again, "Lucas"))
        .as("linked now: straight to the second factor")
        .endsWith("/sign-in/mfa");
  }

  @Test
  void whenTheLinkIsCancelledThenNothingIsLinkedAndThePageHasNothingToShow() {
    ApiClient browser = new ApiClient(port);

    ApiClient.Response nothing = browser.get("/api/auth/upwork-link");
    ApiClient.Response cancelNothing = browser.delete("/api/auth/upwork-link");

    assertThat(nothing.status()).isEqualTo(404);
    assertThat(cancelNothing.status()).isEqualTo(404);
    assertThat(
            browser
                .postJson("/api/auth/upwork-link", Map.of("password", "whatever-it-is"))
                .status())
        .isEqualTo(404);
  }

  private UserId personOfUpwork(String upworkUserId) {
    return UserId.of(
        jdbc.sql(
                "select user_id from platform.user_identities where provider = 'upwork' and subject = ?")
            .param(upworkUserId)
            .query(UUID.class)
            .single());
  }

  private long identitiesOf(String upworkUserId) {
    return jdbc.sql("select count(*) from platform.user_identities where subject = ?")
        .param(upworkUserId)
        .query(Long.class)
        .single();
  }

  private List<String> turnMfaOn(String email, String password) {
    ApiClient owner = new ApiClient(port);
    assertThat(owner.signIn(email, password).status()).isEqualTo(200);
    String secret = owner.postJson("/api/me/mfa/totp", "{}").json().path("secret").asString();
    ApiClient.Response confirmed =
        owner.postJson(
            "/api/me/mfa/totp/confirm", Map.of("code", com.crewbid.support.TotpCodes.now(secret)));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    return new ArrayList<>(
        confirmed.json().path("backupCodes").valueStream().map(JsonNode::asString).toList());
  }
}
