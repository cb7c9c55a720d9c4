package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.support.TotpCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** MFA enrolment and the second sign-in step; session rotation; devices and signing out. */
@IntegrationTest
class MfaAndSessionsIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired JdbcClient jdbc;
  @Autowired Callers callers;

  @Test
  void whenMfaIsOnThenSignInNeedsACodeEachCodeWorksOnceAndTheSessionIdChangesAfterEachFactor() {
    var agency = agencies.register("mfa");
    ApiClient browser = new ApiClient(port);
    browser.signIn(agency.ownerEmail(), agency.ownerPassword());
    JsonNode enrolment = browser.postJson("/api/me/mfa/totp", "{}").json();
    String secret = enrolment.path("secret").asString();
    assertThat(enrolment.path("otpauthUri").asString())
        .startsWith("otpauth://totp/")
        .contains("secret=" + secret);
    assertThat(enrolment.path("qrPngDataUri").asString()).startsWith("data:image/png;base64,");
    ApiClient.Response confirmed =
        browser.postJson("/api/me/mfa/totp/confirm", Map.of("code", TotpCodes.now(secret)));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    List<String> backupCodes =
        new ArrayList<>(
            confirmed.json().path("backupCodes").valueStream().map(JsonNode::asString).toList());
    assertThat(backupCodes).hasSize(10).doesNotHaveDuplicates();
    assertThat(sealedSecretColumn(agency)).doesNotContain(secret);

    ApiClient next = new ApiClient(port);
    // Starting Sign in with Upwork opens a session (it keeps the OAuth state): one to rotate.
    assertThat(next.get("/oauth2/authorization/upwork").status()).isEqualTo(302);
    String anonymousSession = next.cookie("SESSION").orElseThrow();
    ApiClient.Response firstFactor = next.signIn(agency.ownerEmail(), agency.ownerPassword());
    assertThat(firstFactor.json().path("mfaPending").asBoolean()).isTrue();
    assertThat(firstFactor.json().path("mfaSmsAvailable").asBoolean())
        .as("no phone enrolled")
        .isFalse();
    assertThat(firstFactor.json().path("authenticated").asBoolean()).isFalse();
    String afterPassword = next.cookie("SESSION").orElseThrow();
    assertThat(afterPassword).isNotEqualTo(anonymousSession);
    assertThat(next.get("/api/agency").problemType()).endsWith("/mfa-required");

    ApiClient.Response replayed =
        next.postJson("/api/auth/mfa", Map.of("code", TotpCodes.now(secret)));
    assertThat(replayed.status()).as("the code confirmed at enrolment is spent").isEqualTo(401);
    ApiClient.Response withBackup =
        next.postJson("/api/auth/mfa", Map.of("backupCode", backupCodes.getFirst().toUpperCase()));
    assertThat(withBackup.status()).as(withBackup.body()).isEqualTo(200);
    assertThat(withBackup.json().path("authenticated").asBoolean()).isTrue();
    assertThat(next.cookie("SESSION").orElseThrow()).isNotEqualTo(afterPassword);
    assertThat(next.get("/api/agency").status()).isEqualTo(200);

    ApiClient third = new ApiClient(port);
    third.signIn(agency.ownerEmail(), agency.ownerPassword());
    ApiClient.Response usedBackup =
        third.postJson("/api/auth/mfa", Map.of("backupCode", backupCodes.getFirst()));
    assertThat(usedBackup.status()).as("a backup code works once").isEqualTo(401);
    assertThat(third.get("/api/me/mfa").status()).isEqualTo(401);
  }

  @Test
  void whenBackupCodesAreRegeneratedThenOnlyTheNewOnesWorkAndItNeedsThePassword() {
    var agency = agencies.register("mfa-regen");
    ApiClient browser = new ApiClient(port);
    browser.signIn(agency.ownerEmail(), agency.ownerPassword());
    String secret = browser.postJson("/api/me/mfa/totp", "{}").json().path("secret").asString();
    List<String> old =
        browser
            .postJson("/api/me/mfa/totp/confirm", Map.of("code", TotpCodes.now(secret)))
            .json()
            .path("backupCodes")
            .valueStream()
            .map(JsonNode::asString)
            .toList();

    ApiClient.Response wrong =
        browser.postJson("/api/me/mfa/backup-codes", Map.of("password", "not the password"));
    ApiClient.Response regenerated =
        browser.postJson("/api/me/mfa/backup-codes", Map.of("password", agency.ownerPassword()));

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.problemType()).endsWith("/reauthentication-failed");
    assertThat(regenerated.status()).isEqualTo(200);
    List<String> fresh =
        regenerated.json().path("backupCodes").valueStream().map(JsonNode::asString).toList();
    assertThat(fresh).hasSize(10).doesNotHaveDuplicates().doesNotContainAnyElementsOf(old);
    assertThat(browser.get("/api/me/mfa").json().path("backupCodesRemaining").asInt())
        .isEqualTo(10);
    ApiClient withOld = new ApiClient(port);
    withOld.signIn(agency.ownerEmail(), agency.ownerPassword());
    assertThat(withOld.postJson("/api/auth/mfa", Map.of("backupCode", old.getFirst())).status())
        .isEqualTo(401);
    ApiClient withNew = new ApiClient(port);
    withNew.signIn(agency.ownerEmail(), agency.ownerPassword());
    assertThat(withNew.postJson("/api/auth/mfa", Map.of("backupCode", fresh.getFirst())).status())
        .isEqualTo(200);
    assertThat(
            withNew
                .get("/api/agency/audit-events?action=mfa.")
                .json()
                .path("items")
                .findValuesAsString("action"))
        .contains("mfa.enabled", "mfa.backup-codes-regenerated", "mfa.backup-code-used");
  }

  @Test
  void whenMfaIsOnThenTurningItOffNeedsThePasswordAndRaisesAnAlert() {
    var agency = agencies.register("mfa-off");
    ApiClient browser = new ApiClient(port);
    browser.signIn(agency.ownerEmail(), agency.ownerPassword());
    String secret = browser.postJson("/api/me/mfa/totp", "{}").json().path("secret").asString();
    browser.postJson("/api/me/mfa/totp/confirm", Map.of("code", TotpCodes.now(secret)));

    ApiClient.Response wrong = browser.send("DELETE", "/api/me/mfa", "{\"password\":\"not it\"}");
    ApiClient.Response right =
        browser.send("DELETE", "/api/me/mfa", "{\"password\":\"" + agency.ownerPassword() + "\"}");

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.problemType()).endsWith("/reauthentication-failed");
    assertThat(right.status()).isEqualTo(204);
    assertThat(browser.get("/api/me/mfa").json().path("enabled").asBoolean()).isFalse();
    assertThat(
            browser
                .get("/api/agency/security-alerts")
                .json()
                .path("items")
                .findValuesAsString("kind"))
        .contains("MFA_DISABLED");
  }

  @Test
  void whenAnAgencyRequiresMfaThenMembersWithoutItMustSetItUpFirst() {
    var agency = agencies.register("mfa-policy");
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
    assertThat(owner.send("PUT", "/api/agency/security-policy", "{\"mfaRequired\":true}").status())
        .isEqualTo(200);

    ApiClient again = new ApiClient(port);
    ApiClient.Response signIn = again.signIn(agency.ownerEmail(), agency.ownerPassword());

    assertThat(signIn.json().path("mfaEnrollmentRequired").asBoolean()).isTrue();
    assertThat(again.get("/api/agency").problemType()).endsWith("/mfa-enrollment-required");
    String secret = again.postJson("/api/me/mfa/totp", "{}").json().path("secret").asString();
    assertThat(
            again
                .postJson("/api/me/mfa/totp/confirm", Map.of("code", TotpCodes.now(secret)))
                .status())
        .isEqualTo(200);
    assertThat(again.get("/api/agency").status()).isEqualTo(200);
    assertThat(
            again
                .send("DELETE", "/api/me/mfa", "{\"password\":\"" + agency.ownerPassword() + "\"}")
                .status())
        .isEqualTo(409);
  }

  @Test
  void whenSessionsAreListedThenOneCanBeEndedAndSignOutEverywhereEndsTheRest() {
    var agency = agencies.register("devices");
    ApiClient laptop = new ApiClient(port);
    ApiClient phone = new ApiClient(port);
    ApiClient tablet = new ApiClient(port);
    for (ApiClient device : List.of(laptop, phone, tablet)) {
      assertThat(device.signIn(agency.ownerEmail(), agency.ownerPassword()).status())
          .isEqualTo(200);
    }

    JsonNode sessions = laptop.get("/api/me/sessions").json().path("items");
    assertThat(sessions.size()).isEqualTo(3);
    assertThat(sessions.findValuesAsString("ip")).containsOnly("127.0.0.1");
    String phoneId = idOfCurrent(phone);
    assertThat(laptop.delete("/api/me/sessions/" + phoneId).status()).isEqualTo(204);
    assertThat(phone.get("/api/agency").status()).isEqualTo(401);
    assertThat(laptop.get("/api/me/sessions").json().path("items").size()).isEqualTo(2);

    assertThat(tablet.postJson("/api/auth/sign-out-everywhere", "{}").status()).isEqualTo(204);
    assertThat(laptop.get("/api/agency").status()).isEqualTo(401);
    assertThat(tablet.get("/api/agency").status()).isEqualTo(401);
  }

  @Test
  void whenAnAdminLocksAUserThenTheirSessionsEndAndTheyCannotSignIn() {
    var agency = agencies.register("locked");
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
    String userId = owner.get("/api/auth/session").json().path("user").path("id").asString();
    ApiClient admin = callers.admin(port);

    ApiClient.Response locked = admin.postJson("/api/admin/users/" + userId + "/lock", "{}");

    assertThat(locked.json().path("status").asString()).isEqualTo("LOCKED");
    assertThat(owner.get("/api/agency").status()).isEqualTo(401);
    ApiClient.Response refused =
        new ApiClient(port).signIn(agency.ownerEmail(), agency.ownerPassword());
    assertThat(refused.status()).isEqualTo(423);
    assertThat(refused.problemType()).endsWith("/account-locked");
    assertThat(new ApiClient(port).signIn(agency.ownerEmail(), "wrong password!!").status())
        .as("a wrong password says nothing about the lock")
        .isEqualTo(401);

    assertThat(
            admin
                .postJson("/api/admin/users/" + userId + "/unlock", "{}")
                .json()
                .path("status")
                .asString())
        .isEqualTo("ACTIVE");
    assertThat(new ApiClient(port).signIn(agency.ownerEmail(), agency.ownerPassword()).status())
        .isEqualTo(200);
  }

  /** The handle of the device's own session, as its sessions list names it. */
  static String idOfCurrent(ApiClient device) {
    return device
        .get("/api/me/sessions")
        .json()
        .path("items")
        .valueStream()
        .filter(s -> s.path("current").asBoolean())
        .findFirst()
        .orElseThrow()
        .path("id")
        .asString();
  }

  private String sealedSecretColumn(TestAgencies.Agency agency) {
    return jdbc.sql(
            "select m.totp_secret_sealed from platform.mfa_credentials m join platform.users u on u.id = m.user_id"
                + " where u.email = ?")
        .param(agency.ownerEmail())
        .query(String.class)
        .single();
  }
}
