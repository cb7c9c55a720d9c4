package com.crewbid.upwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.UserAccounts;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.support.UpworkConsent;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.upwork.client.UpworkClient;
import com.crewbid.upwork.client.UpworkRelinkRequired;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who acts at Upwork for a member: {@link UpworkAccounts#require} gives the caller of a linked
 * member and fails closed for the others; {@link UpworkClient#query(UpworkCaller, String, Map,
 * String, Class)} runs as that member.
 */
@IntegrationTest
class UpworkAccountsIT {

  static final String PRIYA = "1638473311920246784";
  static final String AMARA = "1638473680419209216";
  static final String WHO_AM_I = "query WhoAmI { user { id name } }";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired UpworkAccounts accounts;
  @Autowired UpworkClient client;
  @Autowired TenantScope tenantScope;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetSandbox() {
    new ApiClient(port).withoutCsrf().delete("/upwork-sandbox/_control");
  }

  @Test
  @SuppressWarnings("unchecked")
  void whenAMemberLinkedTheirUpworkAccountThenRequireGivesTheirCallerAndQueriesRunAsThem() {
    TestAgencies.Agency agency = agencies.register("linked");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");

    UpworkCaller caller = tenantScope.callAs(agency.id(), () -> accounts.require(priya.id()));
    Map<String, Object> me =
        tenantScope.callAs(
            agency.id(),
            () ->
                (Map<String, Object>)
                    client.query(caller, WHO_AM_I, null, "user", Map.class).data());

    assertThat(caller)
        .isEqualTo(new UpworkCaller(agency.id(), priya.id(), PRIYA, null))
        .extracting(UpworkCaller::vaultPrincipal)
        .isEqualTo("tenant:" + agency.id() + ":user:" + priya.id());
    assertThat(me).containsEntry("id", PRIYA);
    ApiClient.Response mine = priya.browser().get("/api/me/upwork-account");
    assertThat(mine.json().path("state").asString()).isEqualTo("LINKED");
    assertThat(mine.json().path("upworkUserId").asString()).isEqualTo(PRIYA);
    assertThat(mine.json().path("upworkUserName").asString()).startsWith("Priya");
    assertThat(mine.body()).doesNotContainIgnoringCase("token");
  }

  @Test
  void whenAMemberNeverLinkedThenRequireFailsClosedWithUpworkNotLinked() {
    TestAgencies.Agency agency = agencies.register("unlinked");
    Callers.Member member = callers.signedInMember(port, agency, AgencyRole.FREELANCER);

    assertThatThrownBy(() -> tenantScope.runAs(agency.id(), () -> accounts.require(member.id())))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.UPWORK_NOT_LINKED);
              assertThat(e.type().status().value()).isEqualTo(409);
            });
    assertThat(member.browser().get("/api/me/upwork-account").json().path("state").asString())
        .isEqualTo("NEVER_LINKED");
  }

  @Test
  void whenAMemberOfAnotherAgencyLinkedThenRequireHereStillFails() {
    TestAgencies.Agency here = agencies.register("here");
    TestAgencies.Agency there = agencies.register("there");
    Callers.Member linkedThere = callers.linkedMember(port, there, AgencyRole.OWNER, "Priya");

    assertThatThrownBy(() -> tenantScope.runAs(here.id(), () -> accounts.require(linkedThere.id())))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.UPWORK_NOT_LINKED));
  }

  @Test
  void whenUpworkRevokedTheGrantThenTheQueryMarksTheLinkAndRequireAsksForARelink() {
    TestAgencies.Agency agency = agencies.register("revoked");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    UpworkCaller caller = tenantScope.callAs(agency.id(), () -> accounts.require(priya.id()));
    new ApiClient(port)
        .withoutCsrf()
        .postJson("/upwork-sandbox/_control/users/" + PRIYA + "/revoke-tokens", Map.of());

    assertThatThrownBy(
            () ->
                tenantScope.runAs(
                    agency.id(), () -> client.query(caller, WHO_AM_I, null, "user", Map.class)))
        .isInstanceOf(UpworkRelinkRequired.class)
        .hasMessageNotContaining("oauth2v2_");

    assertThat(priya.browser().get("/api/me/upwork-account").json().path("state").asString())
        .isEqualTo("NEEDS_RELINK");
    assertThatThrownBy(() -> tenantScope.runAs(agency.id(), () -> accounts.require(priya.id())))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.UPWORK_RELINK_REQUIRED));
  }

  @Test
  void whenSomeoneWhoSignedInWithUpworkEntersAnAgencyThenTheirSignInTokensMoveIntoTheLinkThere() {
    ApiClient amara = new ApiClient(port);
    assertThat(UpworkConsent.signIn(amara, "Amara")).endsWith("/onboarding");
    assertThat(signInTokenRows(AMARA)).isEqualTo(1);
    ApiClient.Response founded =
        amara.postJson(
            "/api/onboarding/agencies",
            Map.of("name", "Amara's Apps", "slug", "amara-" + System.nanoTime()));
    assertThat(founded.status()).as(founded.body()).isEqualTo(201);

    ApiClient.Response mine = amara.get("/api/me/upwork-account");
    assertThat(mine.json().path("state").asString()).isEqualTo("LINKED");
    assertThat(mine.json().path("upworkUserId").asString()).isEqualTo(AMARA);
    assertThat(mine.json().path("upworkUserName").asString()).startsWith("Amara");
    assertThat(signInTokenRows(AMARA)).as("moved, not copied").isZero();

    // In a second agency the same person links separately: nothing was left to take along.
    TestAgencies.Agency second = agencies.register("second");
    UserId amaraId =
        UserId.of(
            jdbc.sql(
                    "select user_id from platform.user_identities where provider = 'upwork' and subject = ?")
                .param(AMARA)
                .query(java.util.UUID.class)
                .single());
    users.addMember(second.id(), amaraId, AgencyRole.FREELANCER);
    ApiClient.Response switched =
        amara.postJson("/api/auth/agency", Map.of("tenantId", second.id().value()));
    assertThat(switched.status()).as(switched.body()).isEqualTo(200);
    assertThat(amara.get("/api/me/upwork-account").json().path("state").asString())
        .isEqualTo("NEVER_LINKED");
  }

  private long signInTokenRows(String upworkUserId) {
    return jdbc.sql(
            "select count(*) from platform.upwork_authorized_clients where principal_name = ?")
        .param(upworkUserId)
        .query(Long.class)
        .single();
  }
}
