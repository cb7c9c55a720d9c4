package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.support.TotpCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A session that passed the password and owes the code is a session of its person: ending their
 * sessions ends it, a lock refuses its code, and wrong codes count toward the lockout.
 */
@IntegrationTest
class SecondFactorStepIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired JdbcClient jdbc;

  TestAgencies.Agency agency;
  List<String> backupCodes;
  String secret;
  String userId;

  @BeforeEach
  void ownerWithMfa() {
    agency = agencies.register("second-step");
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
    userId = owner.get("/api/auth/session").json().path("user").path("id").asString();
    secret = owner.postJson("/api/me/mfa/totp", "{}").json().path("secret").asString();
    ApiClient.Response confirmed =
        owner.postJson("/api/me/mfa/totp/confirm", Map.of("code", TotpCodes.now(secret)));
    backupCodes =
        new ArrayList<>(
            confirmed.json().path("backupCodes").valueStream().map(JsonNode::asString).toList());
  }

  ApiClient passedPassword() {
    ApiClient browser = new ApiClient(port);
    ApiClient.Response first = browser.signIn(agency.ownerEmail(), agency.ownerPassword());
    assertThat(first.json().path("mfaPending").asBoolean()).isTrue();
    return browser;
  }

  @Test
  void whenTheAccountIsLockedBetweenPasswordAndCodeThenTheCodeIsRefusedAndTheSessionEnds() {
    ApiClient halfway = passedPassword();
    ApiClient admin = callers.admin(port);

    assertThat(admin.postJson("/api/admin/users/" + userId + "/lock", "{}").status())
        .isEqualTo(200);
    ApiClient.Response code =
        halfway.postJson("/api/auth/mfa", Map.of("backupCode", backupCodes.getFirst()));

    assertThat(code.status()).isIn(401, 423);
    assertThat(code.problemType()).doesNotEndWith("/invalid-mfa-code");
    assertThat(halfway.get("/api/auth/session").json().path("authenticated").asBoolean()).isFalse();
    assertThat(halfway.get("/api/agency").status()).isEqualTo(401);
    admin.postJson("/api/admin/users/" + userId + "/unlock", "{}");
    ApiClient later = passedPassword();
    assertThat(
            later.postJson("/api/auth/mfa", Map.of("backupCode", backupCodes.getFirst())).status())
        .as("the backup code was not used up by the refused attempt")
        .isEqualTo(200);
  }

  @Test
  void whenTheLockHappensBeforeTheCodeOnTheSameSessionThenItsAnswerSaysLocked() {
    ApiClient halfway = passedPassword();
    // The lock's session ending aside, the person is read again before the code is looked at.
    jdbc.sql("update platform.users set status = 'LOCKED' where id = ?::uuid")
        .param(userId)
        .update();
    try {
      ApiClient.Response code =
          halfway.postJson("/api/auth/mfa", Map.of("backupCode", backupCodes.getFirst()));

      assertThat(code.status()).isEqualTo(423);
      assertThat(code.problemType()).endsWith("/account-locked");
      assertThat(halfway.get("/api/auth/session").json().path("mfaPending").asBoolean()).isFalse();
    } finally {
      jdbc.sql("update platform.users set status = 'ACTIVE' where id = ?::uuid")
          .param(userId)
          .update();
    }
  }

  @Test
  void whenThePersonSignsOutEverywhereThenAHalfSignedInSessionEndsToo() {
    ApiClient halfway = passedPassword();
    ApiClient signedIn = passedPassword();
    assertThat(
            signedIn
                .postJson("/api/auth/mfa", Map.of("backupCode", backupCodes.getFirst()))
                .status())
        .isEqualTo(200);
    assertThat(signedIn.get("/api/me/sessions").json().path("items").size())
        .as("the set-up's session and this one; not the one still owing the code")
        .isEqualTo(2);

    assertThat(signedIn.postJson("/api/auth/sign-out-everywhere", "{}").status()).isEqualTo(204);

    ApiClient.Response code =
        halfway.postJson("/api/auth/mfa", Map.of("backupCode", backupCodes.get(1)));
    assertThat(code.status()).isEqualTo(401);
    assertThat(code.problemType()).endsWith("/not-signed-in");
  }

  @Test
  void whenWrongCodesFollowTheRightPasswordThenTheAccountLocksAndAnotherPasswordDoesNotReset() {
    ApiClient first = passedPassword();
    for (int i = 0; i < 4; i++) {
      assertThat(first.postJson("/api/auth/mfa", Map.of("code", "000000")).status()).isEqualTo(401);
    }
    // The right password again does not forgive the wrong codes.
    ApiClient second = passedPassword();

    ApiClient.Response fifth = second.postJson("/api/auth/mfa", Map.of("code", "000001"));
    ApiClient.Response right =
        second.postJson("/api/auth/mfa", Map.of("backupCode", backupCodes.get(2)));

    assertThat(fifth.status()).isEqualTo(401);
    assertThat(right.status()).isEqualTo(423);
    assertThat(right.problemType()).endsWith("/account-locked");
    assertThat(right.header("Retry-After")).isPresent();
    assertThat(new ApiClient(port).signIn(agency.ownerEmail(), agency.ownerPassword()).status())
        .as("the password sign-in is locked as well")
        .isEqualTo(423);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(failedCodeAuditLines())
                    .as("each wrong code is audited")
                    .isGreaterThanOrEqualTo(5));
  }

  private long failedCodeAuditLines() {
    String schema =
        jdbc.sql("select schema_name from platform.tenants where id = ?")
            .param(agency.id().value())
            .query(String.class)
            .single();
    return jdbc.sql(
            "select count(*) from " + schema + ".audit_events where action = 'auth.mfa-failed'")
        .query(Long.class)
        .single();
  }
}
