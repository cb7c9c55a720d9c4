package com.crewbid.upwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.upwork.internal.TokenRefreshSchedule;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idle links stay alive: the hourly schedule refreshes refresh tokens older than ten days (of 14),
 * on one replica at a time, and a grant Upwork no longer accepts is marked for a re-link. A link's
 * age is set by moving its stored issue time back, as if the days had passed.
 */
@IntegrationTest
class TokenRefreshScheduleIT {

  static final String PRIYA = "1638473311920246784";
  static final String CONTROL = "/upwork-sandbox/_control";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired TokenRefreshSchedule schedule;
  @Autowired SealedAuthorizedClients vault;
  @Autowired UpworkTokens tokens;
  @Autowired UpworkAccounts accounts;
  @Autowired TenantScope scope;
  @Autowired JdbcClient jdbc;
  @Autowired LockProvider locks;

  TestAgencies.Agency agency;
  Callers.Member priya;
  String principal;

  @BeforeEach
  void linkedMember() {
    agency = agencies.register("token-refresh");
    priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    principal = SealedAuthorizedClients.memberPrincipal(agency.id(), priya.id());
  }

  @AfterEach
  void resetSandbox() {
    new ApiClient(port).withoutCsrf().delete(CONTROL);
  }

  @Test
  void whenARefreshTokenIsElevenDaysOldThenTheScheduleRefreshesItAndTheLinkStaysUsable() {
    issuedDaysAgo(11);
    String accessBefore = tokens.accessToken(principal).orElseThrow();

    TokenRefreshSchedule.Run run = schedule.refreshAt(Instant.now());

    assertThat(run.refreshed()).isEqualTo(1);
    assertThat(issuedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
    assertThat(tokens.accessToken(principal).orElseThrow()).isNotEqualTo(accessBefore);
    assertThat(link().status()).isEqualTo(UpworkLinkStatus.LINKED);
    assertThat(schedule.refreshAt(Instant.now()).refreshed()).as("not due any more").isZero();
  }

  @Test
  void whenARefreshTokenIsNineDaysOldThenTheScheduleLeavesIt() {
    Instant nineDaysAgo = issuedDaysAgo(9);

    schedule.refreshAt(Instant.now());

    assertThat(issuedAt()).isEqualTo(nineDaysAgo);
  }

  @Test
  void whenUpworkRevokedTheGrantThenTheScheduledRefreshMarksTheLinkForARelink() {
    issuedDaysAgo(11);
    new ApiClient(port)
        .withoutCsrf()
        .postJson(CONTROL + "/users/" + PRIYA + "/revoke-tokens", Map.of());

    TokenRefreshSchedule.Run run = schedule.refreshAt(Instant.now());

    assertThat(run.lost()).isEqualTo(1);
    assertThat(link().status()).isEqualTo(UpworkLinkStatus.NEEDS_RELINK);
  }

  @Test
  void whenAnotherReplicaHoldsTheLockThenThisOneSkipsAndRefreshesOnceItIsFree() {
    Instant elevenDaysAgo = issuedDaysAgo(11);
    Optional<SimpleLock> otherReplica =
        locks.lock(
            new LockConfiguration(
                Instant.now(), TokenRefreshSchedule.LOCK, Duration.ofMinutes(5), Duration.ZERO));
    assertThat(otherReplica).isPresent();

    schedule.refreshIdleGrants();
    assertThat(issuedAt()).isEqualTo(elevenDaysAgo);

    otherReplica.get().unlock();
    schedule.refreshIdleGrants();
    assertThat(issuedAt()).isAfter(elevenDaysAgo);
  }

  private UpworkLink link() {
    return scope.callAs(agency.id(), () -> accounts.linkOf(priya.id()));
  }

  private Instant issuedDaysAgo(int days) {
    Instant at =
        Instant.now()
            .minus(Duration.ofDays(days))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    assertThat(
            jdbc.sql(
                    "update platform.upwork_authorized_clients set refresh_issued_at = ?"
                        + " where principal_name = ?")
                .params(Timestamp.from(at), principal)
                .update())
        .isEqualTo(1);
    return at;
  }

  private Instant issuedAt() {
    return vault.refreshIssuedAt("upwork", principal).orElseThrow();
  }
}
