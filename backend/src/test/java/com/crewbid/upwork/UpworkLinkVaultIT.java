package com.crewbid.upwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.crewbid.identity.AgencyRole;
import com.crewbid.secrets.SecretSealer;
import com.crewbid.secrets.SecretSealingException;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.upwork.client.UpworkClient;
import com.crewbid.upwork.client.UpworkRelinkRequired;
import com.crewbid.upwork.sandbox.SandboxIssuedTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import tools.jackson.databind.JsonNode;

/**
 * The members' tokens at rest: never in plain text in any column, sealed for exactly one member of
 * one agency, re-sealed by a key rotation while staying readable, rotated on refresh; and never in
 * a log line or an API answer.
 */
@IntegrationTest
class UpworkLinkVaultIT {

  static final String PRIYA = "1638473311920246784";
  static final String WHO_AM_I = "query { user { id } }";
  static final String CONTROL = "/upwork-sandbox/_control";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired SandboxIssuedTokens issued;
  @Autowired SecretSealer sealer;
  @Autowired SealedAuthorizedClients vault;
  @Autowired UpworkTokens tokens;
  @Autowired UpworkAccounts accounts;
  @Autowired UpworkClient client;
  @Autowired TenantScope tenantScope;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetSandbox() {
    new ApiClient(port).withoutCsrf().delete(CONTROL);
  }

  @Test
  void whenMembersLinkedAndTokensRotatedThenNoColumnLogLineOrAnswerHoldsATokenInPlainText() {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    logs.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
    logs.start();
    root.addAppender(logs);
    List<String> issuedTokens;
    List<String> answers = new ArrayList<>();
    String priyasEmail;
    try (SandboxIssuedTokens.Recording recording = issued.record()) {
      TestAgencies.Agency agency = agencies.register("plaintext");
      Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
      Callers.Member olena = callers.linkedMember(port, agency, AgencyRole.OWNER, "Olena");
      priyasEmail = priya.email();
      tokens.refreshAsIfLater(priya(agency, priya), Duration.ofHours(25));
      answers.add(priya.browser().get("/api/me/upwork-account").body());
      answers.add(priya.browser().get("/api/me/upwork-account/profile").body());
      answers.add(olena.browser().get("/api/agency/upwork-accounts").body());
      answers.add(olena.browser().get("/api/me/upwork-account/organizations").body());
      // A failing call logs and throws: its messages must not carry the token either.
      new ApiClient(port)
          .withoutCsrf()
          .postJson(CONTROL + "/users/" + PRIYA + "/revoke-tokens", Map.of());
      UpworkCaller caller = new UpworkCaller(agency.id(), priya.id(), PRIYA, null);
      assertThatThrownBy(
              () ->
                  tenantScope.runAs(
                      agency.id(), () -> client.query(caller, WHO_AM_I, null, "user", Map.class)))
          .isInstanceOfSatisfying(
              UpworkRelinkRequired.class, e -> answers.add(String.valueOf(e.getMessage())));
      issuedTokens = recording.tokens();
    } finally {
      root.detachAppender(logs);
    }

    assertThat(issuedTokens)
        .as("the sandbox issued tokens while recording")
        .hasSizeGreaterThanOrEqualTo(6);
    assertThat(columnsHolding(issuedTokens)).isEmpty();
    assertThat(columnsHolding(List.of(priyasEmail)))
        .as("the scan finds what is stored in plain text")
        .contains("\"platform\".\"users\".\"email\"");
    List<String> logLines = new ArrayList<>();
    for (ILoggingEvent event : logs.list) {
      logLines.add(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        logLines.add(t.getMessage());
      }
    }
    assertThat(logLines).isNotEmpty();
    for (String token : issuedTokens) {
      assertThat(logLines).noneMatch(line -> line != null && line.contains(token));
      assertThat(answers).noneMatch(answer -> answer.contains(token));
    }
  }

  @Test
  void whenASealedTokenIsOpenedForAnotherMemberOrAgencyThenItDoesNotOpen() {
    TestAgencies.Agency agency = agencies.register("bound");
    TestAgencies.Agency other = agencies.register("bound-other");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    Callers.Member olena = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Olena");
    String sealed = sealedRefreshToken(priya(agency, priya));

    String opened =
        sealer.openText(
            sealed, SealedAuthorizedClients.associatedData("upwork", priya(agency, priya)));
    String otherMember = SealedAuthorizedClients.memberPrincipal(agency.id(), olena.id());
    String otherAgency = SealedAuthorizedClients.memberPrincipal(other.id(), priya.id());

    assertThat(opened).isNotBlank();
    assertThatThrownBy(
            () ->
                sealer.openText(
                    sealed, SealedAuthorizedClients.associatedData("upwork", otherMember)))
        .isInstanceOf(SecretSealingException.class);
    assertThatThrownBy(
            () ->
                sealer.openText(
                    sealed, SealedAuthorizedClients.associatedData("upwork", otherAgency)))
        .isInstanceOf(SecretSealingException.class);
    // Copied onto the other member's row, Priya's token does not open there.
    jdbc.sql(
            "update platform.upwork_authorized_clients set refresh_token_sealed = ? where principal_name = ?")
        .params(sealed, otherMember)
        .update();
    assertThatThrownBy(() -> vault.loadAuthorizedClient("upwork", otherMember))
        .isInstanceOf(SecretSealingException.class)
        .hasMessageNotContaining(opened);
  }

  @Test
  void whenTheKeysRotateThenStoredTokensAreResealedAndStayReadable() {
    TestAgencies.Agency agency = agencies.register("rotation");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    String principal = priya(agency, priya);
    Map<String, Object> before = row(principal);
    OAuth2AuthorizedClient plain = vault.loadAuthorizedClient("upwork", principal);

    ApiClient.Response rotated = callers.admin(port).postJson("/api/admin/secrets/rotation", "{}");

    assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
    assertThat(rotated.json().path("resealed").path("SealedAuthorizedClients").asInt())
        .isPositive();
    assertThat(rotated.json().path("failed")).isEmpty();
    JsonNode logged =
        callers
            .admin(port)
            .get("/api/admin/security-events?action=admin.keys-rotated")
            .json()
            .path("items")
            .get(0);
    assertThat(logged.path("actorEmail").asString()).isEqualTo(Callers.ADMIN_EMAIL);
    assertThat(logged.path("outcome").asString()).isEqualTo("SUCCESS");
    assertThat(logged.path("details").path("primaryKeyId").asInt())
        .isEqualTo(rotated.json().path("primaryKeyId").asInt());
    Map<String, Object> after = row(principal);
    String ad = SealedAuthorizedClients.associatedData("upwork", principal);
    assertThat(after.get("access_token_sealed")).isNotEqualTo(before.get("access_token_sealed"));
    assertThat(after.get("refresh_token_sealed")).isNotEqualTo(before.get("refresh_token_sealed"));
    assertThat(sealer.needsReseal((String) after.get("refresh_token_sealed"))).isFalse();
    assertThat(sealer.openText((String) before.get("refresh_token_sealed"), ad))
        .as("a value sealed under the old key still opens")
        .isEqualTo(plain.getRefreshToken().getTokenValue());
    OAuth2AuthorizedClient reopened = vault.loadAuthorizedClient("upwork", principal);
    assertThat(reopened.getAccessToken().getTokenValue())
        .isEqualTo(plain.getAccessToken().getTokenValue());
    assertThat(reopened.getRefreshToken().getTokenValue())
        .isEqualTo(plain.getRefreshToken().getTokenValue());
    UpworkCaller caller = tenantScope.callAs(agency.id(), () -> accounts.require(priya.id()));
    assertThat(
            tenantScope.callAs(
                agency.id(), () -> client.query(caller, WHO_AM_I, null, "user", Map.class).data()))
        .containsEntry("id", PRIYA);
  }

  @Test
  void whenALinksTokenIsRefreshedThenTheNewRefreshTokenIsStoredAndTheOldDiesAfterTheGrace() {
    TestAgencies.Agency agency = agencies.register("refresh");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    String principal = priya(agency, priya);
    String firstRefresh =
        vault.loadAuthorizedClient("upwork", principal).getRefreshToken().getTokenValue();

    OAuth2AuthorizedClient refreshed = tokens.refreshAsIfLater(principal, Duration.ofHours(25));

    String stored =
        vault.loadAuthorizedClient("upwork", principal).getRefreshToken().getTokenValue();
    assertThat(stored)
        .isNotEqualTo(firstRefresh)
        .isEqualTo(refreshed.getRefreshToken().getTokenValue());
    assertThat(UpworkTokenVaultIT.refreshAtSandbox(port, firstRefresh).status())
        .as("within the grace period")
        .isEqualTo(200);
    new ApiClient(port).withoutCsrf().postJson(CONTROL + "/clock", Map.of("advanceBy", "PT25H"));
    ApiClient.Response dead = UpworkTokenVaultIT.refreshAtSandbox(port, firstRefresh);
    assertThat(dead.status()).isEqualTo(400);
    assertThat(dead.json().path("error").asString()).isEqualTo("invalid_grant");
    // A day later the access token has expired at Upwork; the stored refresh token gets a new one.
    UpworkCaller caller = tenantScope.callAs(agency.id(), () -> accounts.require(priya.id()));
    assertThat(
            tenantScope.callAs(
                agency.id(), () -> client.query(caller, WHO_AM_I, null, "user", Map.class).data()))
        .containsEntry("id", PRIYA);
    assertThat(vault.loadAuthorizedClient("upwork", principal).getRefreshToken().getTokenValue())
        .isNotEqualTo(stored);
  }

  /** Every text-like column, of every table of every schema, that holds one of the values. */
  private List<String> columnsHolding(List<String> values) {
    List<Map<String, Object>> columns =
        jdbc.sql(
                "select c.table_schema, c.table_name, c.column_name, c.data_type"
                    + " from information_schema.columns c join information_schema.tables t"
                    + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                    + " where t.table_type = 'BASE TABLE'"
                    + " and c.table_schema not in ('pg_catalog', 'information_schema')"
                    + " and c.data_type in ('text', 'character varying', 'character', 'bytea',"
                    + " 'json', 'jsonb', 'ARRAY')")
            .query()
            .listOfRows();
    assertThat(columns)
        .extracting(c -> c.get("table_schema"))
        .contains("platform")
        .anyMatch(schema -> String.valueOf(schema).startsWith("tenant"));
    List<String> holding = new ArrayList<>();
    for (Map<String, Object> column : columns) {
      String name = "\"" + column.get("column_name") + "\"";
      String text =
          "bytea".equals(column.get("data_type"))
              ? "encode(" + name + ", 'escape')"
              : name + "::text";
      String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
      for (String value : values) {
        long found =
            jdbc.sql("select count(*) from " + table + " where strpos(" + text + ", ?) > 0")
                .param(value)
                .query(Long.class)
                .single();
        if (found > 0) {
          holding.add(table + "." + name);
        }
      }
    }
    return holding;
  }

  private static String priya(TestAgencies.Agency agency, Callers.Member priya) {
    return SealedAuthorizedClients.memberPrincipal(agency.id(), priya.id());
  }

  private String sealedRefreshToken(String principal) {
    return (String) row(principal).get("refresh_token_sealed");
  }

  private Map<String, Object> row(String principal) {
    return jdbc.sql("select * from platform.upwork_authorized_clients where principal_name = ?")
        .param(principal)
        .query()
        .singleRow();
  }
}
