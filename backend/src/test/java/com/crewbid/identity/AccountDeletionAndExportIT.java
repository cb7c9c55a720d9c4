package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.shared.UserId;
import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** A person's own data: the export holds it, deletion erases it and leaves a tombstone. */
@IntegrationTest
@RecordApplicationEvents
class AccountDeletionAndExportIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired OAuth2AuthorizedClientService authorizedClients;
  @Autowired ClientRegistrationRepository registrations;
  @Autowired ApplicationEvents events;
  @Autowired com.crewbid.identity.internal.AccountDeletion deletion;

  @Test
  void whenAPersonExportsTheirDataThenItHoldsTheirAccountAgenciesSessionsAndAuditLines() {
    var agency = agencies.register("export");
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());

    ApiClient.Response export = owner.get("/api/me/export");

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("attachment", "crewbid-my-data.json"));
    JsonNode data = export.json();
    assertThat(data.path("account").path("email").asString()).isEqualTo(agency.ownerEmail());
    assertThat(data.path("account").has("passwordHash")).isFalse();
    assertThat(export.body()).doesNotContain("$2a$", "{bcrypt}");
    assertThat(data.path("memberships").get(0).path("agency").asString()).isEqualTo(agency.name());
    assertThat(data.path("memberships").get(0).path("role").asString()).isEqualTo("OWNER");
    assertThat(data.path("memberships").get(0).path("myAuditEvents").findValuesAsString("action"))
        .contains("auth.sign-in");
    assertThat(data.path("sessions").size()).isEqualTo(1);
    assertThat(data.path("knownDevices").size()).isEqualTo(1);
    assertThat(data.has("signInIdentities")).isTrue();
    assertThat(data.has("platformSecurityEvents")).isTrue();
  }

  @Test
  void whenTheOnlyOwnerDeletesTheirAccountThen409AndNothingChanges() {
    var agency = agencies.register("sole-owner");
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());

    ApiClient.Response refused =
        owner.send("DELETE", "/api/me", "{\"password\":\"" + agency.ownerPassword() + "\"}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.problemType()).endsWith("/sole-owner");
    assertThat(refused.json().path("detail").asString()).contains(agency.name());
    assertThat(owner.get("/api/agency").status()).isEqualTo(200);
    assertThat(new ApiClient(port).signIn(agency.ownerEmail(), agency.ownerPassword()).status())
        .isEqualTo(200);
  }

  @Test
  void whenAMemberDeletesTheirAccountThenItBecomesATombstoneAndTheirSessionsAndTokensGo() {
    var agency = agencies.register("delete-me");
    String email = "leaving-" + UUID.randomUUID().toString().substring(0, 8) + "@delete.test";
    String password = "Saffron-glacier-tundra-64";
    UUID id =
        accounts
            .createMember(agency.id(), email, "Lee Ving", password, AgencyRole.FREELANCER)
            .value();
    ApiClient member = new ApiClient(port);
    ApiClient otherDevice = new ApiClient(port);
    assertThat(member.signIn(email, password).status()).isEqualTo(200);
    assertThat(otherDevice.signIn(email, password).status()).isEqualTo(200);
    String upworkUserId = "test-upwork-" + UUID.randomUUID();
    linkUpwork(id, upworkUserId);

    ApiClient.Response wrong = member.send("DELETE", "/api/me", "{\"password\":\"not it\"}");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.problemType()).endsWith("/reauthentication-failed");
    ApiClient.Response deleted =
        member.send("DELETE", "/api/me", "{\"password\":\"" + password + "\"}");

    assertThat(deleted.status()).isEqualTo(204);
    Map<String, Object> row =
        jdbc.sql(
                "select email, display_name, password_hash, status, deleted_at from platform.users"
                    + " where id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat(row.get("email")).isEqualTo("deleted-" + id + "@deleted.invalid");
    assertThat(row.get("display_name")).isEqualTo("Deleted user");
    assertThat(row.get("password_hash")).isNull();
    assertThat(row.get("status")).isEqualTo("LOCKED");
    assertThat(row.get("deleted_at")).isNotNull();
    for (String table : List.of("memberships", "user_identities", "known_devices")) {
      assertThat(
              jdbc.sql("select count(*) from platform." + table + " where user_id = ?")
                  .param(id)
                  .query(Long.class)
                  .single())
          .as(table)
          .isZero();
    }
    assertThat(
            authorizedClients.<OAuth2AuthorizedClient>loadAuthorizedClient("upwork", upworkUserId))
        .as("the Upwork sign-in tokens")
        .isNull();
    assertThat(member.get("/api/auth/session").json().path("authenticated").asBoolean()).isFalse();
    assertThat(otherDevice.get("/api/agency").status()).isEqualTo(401);
    assertThat(new ApiClient(port).signIn(email, password).status()).isEqualTo(401);
  }

  @Test
  void whenAnAccountIsDeletedThenOtherModulesHearOfItWithItsUpworkUserIds() {
    var agency = agencies.register("delete-event");
    String email = "event-" + UUID.randomUUID().toString().substring(0, 8) + "@delete.test";
    String password = "Quill-harvest-nebula-27";
    UserId user = accounts.createMember(agency.id(), email, "Evan T.", password, AgencyRole.VIEWER);
    String upworkUserId = "test-upwork-" + UUID.randomUUID();
    linkUpwork(user.value(), upworkUserId);

    deletion.delete(user, email, password, null);

    assertThat(events.stream(AccountDeleted.class))
        .containsExactly(new AccountDeleted(user, List.of(upworkUserId)));
  }

  private void linkUpwork(UUID userId, String upworkUserId) {
    jdbc.sql(
            "insert into platform.user_identities (id, user_id, provider, subject, email)"
                + " values (?, ?, 'upwork', ?, null)")
        .params(UUID.randomUUID(), userId, upworkUserId)
        .update();
    OAuth2AuthorizedClient client =
        new OAuth2AuthorizedClient(
            registrations.findByRegistrationId("upwork"),
            upworkUserId,
            new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                "access-" + UUID.randomUUID(),
                Instant.now(),
                Instant.now().plusSeconds(3600)));
    authorizedClients.saveAuthorizedClient(
        client, new TestingAuthenticationToken(upworkUserId, null));
    assertThat(
            authorizedClients.<OAuth2AuthorizedClient>loadAuthorizedClient("upwork", upworkUserId))
        .isNotNull();
  }
}
