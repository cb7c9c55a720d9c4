package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.crewbid.embedded.CapturedMail;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every security event lands in a log: an agency's audit log, or, for people in no agency and for
 * platform admins' actions, the platform's security log that admins search in the console. Both
 * logs are append-only in the database.
 */
@IntegrationTest
class AuditTrailIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void whenAPersonEndsASessionOrSignsOutEverywhereThenTheirAgencyAuditsIt() {
    var agency = agencies.register("audit-sessions");
    ApiClient laptop = new ApiClient(port);
    ApiClient phone = new ApiClient(port);
    laptop.signIn(agency.ownerEmail(), agency.ownerPassword());
    phone.signIn(agency.ownerEmail(), agency.ownerPassword());
    String phoneHandle = MfaAndSessionsIT.idOfCurrent(phone);

    assertThat(laptop.delete("/api/me/sessions/" + phoneHandle).status()).isEqualTo(204);
    assertThat(laptop.postJson("/api/auth/sign-out-everywhere", "{}").status()).isEqualTo(204);

    ApiClient reader = new ApiClient(port);
    reader.signIn(agency.ownerEmail(), agency.ownerPassword());
    JsonNode lines = reader.get("/api/agency/audit-events?action=session.&size=50").json();
    assertThat(lines.path("items").findValuesAsString("action"))
        .contains("session.revoked", "session.signed-out-everywhere");
    assertThat(lines.path("items").findValuesAsString("actorEmail")).contains(agency.ownerEmail());
  }

  @Test
  void whenAnAdminLocksAndUnlocksSomeoneThenThePlatformLogAndTheirAgencyRecordIt() {
    var agency = agencies.register("audit-lock");
    ApiClient member = callers.member(port, agency, AgencyRole.VIEWER);
    JsonNode user = member.get("/api/auth/session").json().path("user");
    ApiClient admin = callers.admin(port);

    admin.postJson("/api/admin/users/" + user.path("id").asString() + "/lock", "{}");
    admin.postJson("/api/admin/users/" + user.path("id").asString() + "/unlock", "{}");

    JsonNode platform =
        admin
            .get(
                "/api/admin/security-events?action=admin.user-&person="
                    + user.path("email").asString())
            .json();
    assertThat(platform.path("items").findValuesAsString("action"))
        .containsExactly("admin.user-unlocked", "admin.user-locked");
    assertThat(platform.path("items").findValuesAsString("actorEmail"))
        .containsOnly(Callers.ADMIN_EMAIL);
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
    assertThat(
            owner
                .get("/api/agency/audit-events?action=admin.user-")
                .json()
                .path("items")
                .findValuesAsString("action"))
        .contains("admin.user-locked", "admin.user-unlocked");
  }

  @Test
  void whenSomeoneWithoutAnAgencySignsInOrFailsThenThePlatformLogRecordsIt() {
    String email = "agencyless-" + UUID.randomUUID().toString().substring(0, 8) + "@audit.test";
    String password = "Harbor-mosaic-juniper-82";
    accounts.ensurePlatformAdmin(email, "Second admin", password);
    String unknown = "ghost-" + UUID.randomUUID() + "@audit.test";
    Instant before = Instant.now().minusSeconds(1);

    assertThat(new ApiClient(port).signIn(email, "wrong-password-here").status()).isEqualTo(401);
    assertThat(new ApiClient(port).signIn(unknown, "wrong-password-here").status()).isEqualTo(401);
    assertThat(new ApiClient(port).signIn(email, password).status()).isEqualTo(200);

    ApiClient admin = callers.admin(port);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode failures =
                  admin
                      .get(
                          "/api/admin/security-events?action=auth.sign-in-failed&outcome=FAILURE"
                              + "&from="
                              + before
                              + "&size=100")
                      .json()
                      .path("items");
              assertThat(failures.findValuesAsString("target")).contains(email, unknown);
            });
    JsonNode signIns =
        admin
            .get("/api/admin/security-events?action=auth.sign-in&outcome=SUCCESS&person=" + email)
            .json()
            .path("items");
    assertThat(signIns.findValuesAsString("actorEmail")).contains(email);
    JsonNode none =
        admin.get("/api/admin/security-events?person=" + email + "&to=" + before).json();
    assertThat(none.path("totalItems").asLong()).as("nothing before it happened").isZero();
  }

  @Test
  void whenAnythingTriesToChangeOrDeleteAuditLinesThenTheDatabaseRefuses() {
    var agency = agencies.register("append-only");
    String schema =
        jdbc.sql("select schema_name from platform.tenants where id = ?")
            .param(agency.id().value())
            .query(String.class)
            .single();
    assertThat(
            jdbc.sql("select count(*) from " + schema + ".audit_events").query(Long.class).single())
        .isPositive();
    callers.admin(port); // signs in: the platform log has lines
    assertThat(jdbc.sql("select count(*) from platform.security_events").query(Long.class).single())
        .isPositive();

    for (String table : List.of(schema + ".audit_events", "platform.security_events")) {
      for (String statement :
          List.of(
              "update " + table + " set action = 'forged'",
              "delete from " + table,
              "truncate " + table)) {
        assertThatThrownBy(() -> jdbc.sql(statement).update())
            .as(statement)
            .isInstanceOf(DataAccessException.class)
            .hasStackTraceContaining("is append-only");
      }
    }
  }

  @Test
  void whenAnOwnerSignsInFromANewDeviceThenOwnersAndAdminsAreAlertedByEMail() {
    var agency = agencies.register("new-device");
    ApiClient laptop = new ApiClient(port).withHeader("User-Agent", FIREFOX_ON_LINUX);
    assertThat(laptop.signIn(agency.ownerEmail(), agency.ownerPassword()).status()).isEqualTo(200);
    assertThat(
            laptop
                .get("/api/agency/security-alerts")
                .json()
                .path("items")
                .findValuesAsString("kind"))
        .as("a first device is not news")
        .doesNotContain("NEW_DEVICE");
    Instant before = Instant.now().minusSeconds(1);

    ApiClient phone = new ApiClient(port).withHeader("User-Agent", SAFARI_ON_MAC);
    assertThat(phone.signIn(agency.ownerEmail(), agency.ownerPassword()).status()).isEqualTo(200);

    JsonNode alerts = phone.get("/api/agency/security-alerts").json().path("items");
    assertThat(alerts.findValuesAsString("kind")).containsExactly("NEW_DEVICE");
    assertThat(alerts.findValuesAsString("summary").getFirst()).contains("Safari 17 on macOS");
    for (String recipient : List.of(agency.ownerEmail(), Callers.ADMIN_EMAIL)) {
      assertThat(
              CapturedMail.messages().stream()
                  .filter(m -> m.to().contains(recipient))
                  .filter(m -> !m.receivedAt().isBefore(before))
                  .filter(m -> m.subject().startsWith("Crewbid security alert:"))
                  .anyMatch(m -> m.text().contains(agency.ownerEmail())))
          .as("alert e-mail to " + recipient)
          .isTrue();
    }
  }

  static final String FIREFOX_ON_LINUX =
      "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0";
  static final String SAFARI_ON_MAC =
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko)"
          + " Version/17.5 Safari/605.1.15";
}
