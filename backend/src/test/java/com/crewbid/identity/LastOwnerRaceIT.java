package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewbid.shared.UserId;
import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two owners taking the owner role from each other at the same moment cannot leave the agency
 * without one: the second change waits for the first and then sees it.
 */
@IntegrationTest
class LastOwnerRaceIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Environment env;

  @Test
  void whenTwoOwnersDemoteEachOtherAtOnceThenOneOwnerRemains() throws Exception {
    var agency = agencies.register("race");
    UUID first =
        jdbc.sql("select id from platform.users where email = ?")
            .param(agency.ownerEmail())
            .query(UUID.class)
            .single();
    String secondEmail = "second-" + UUID.randomUUID().toString().substring(0, 8) + "@race.test";
    String secondPassword = "Thistle-canyon-prism-93";
    UserId second =
        accounts.createMember(
            agency.id(), secondEmail, "Second Owner", secondPassword, AgencyRole.OWNER);
    ApiClient secondOwner = new ApiClient(port);
    assertThat(secondOwner.signIn(secondEmail, secondPassword).status()).isEqualTo(200);

    try (Connection firstOwnersChange = connection()) {
      // The first owner's demotion of the second, begun and not yet committed.
      firstOwnersChange.setAutoCommit(false);
      try (PreparedStatement demote =
          firstOwnersChange.prepareStatement(
              "update platform.memberships set role = 'MANAGER' where user_id = ? and tenant_id = ?")) {
        demote.setObject(1, second.value());
        demote.setObject(2, agency.id().value());
        assertThat(demote.executeUpdate()).isEqualTo(1);
      }

      CompletableFuture<ApiClient.Response> secondOwnersChange =
          CompletableFuture.supplyAsync(
              () ->
                  secondOwner.send(
                      "PATCH", "/api/agency/members/" + first, "{\"role\":\"MANAGER\"}"));
      await().atMost(Duration.ofSeconds(20)).until(() -> waitingForALock(), waiting -> waiting > 0);
      firstOwnersChange.commit();

      ApiClient.Response answer = secondOwnersChange.get();
      assertThat(answer.status()).as(answer.body()).isIn(403, 409);
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.memberships where tenant_id = ? and role = 'OWNER'")
                .param(agency.id().value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private long waitingForALock() throws Exception {
    try (Connection watcher = connection();
        PreparedStatement query =
            watcher.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like '%memberships%'");
        ResultSet rs = query.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Connection connection() throws Exception {
    return DriverManager.getConnection(
        env.getProperty("spring.datasource.url"),
        env.getProperty("spring.datasource.username"),
        env.getProperty("spring.datasource.password", ""));
  }
}
