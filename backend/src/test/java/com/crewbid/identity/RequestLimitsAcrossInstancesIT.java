package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.SecondInstance;
import com.crewbid.support.TestAgencies;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Lockout and rate limits hold across replicas: a second instance of the application shares the
 * first one's PostgreSQL and Redis, as two pods behind a load balancer would.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLimitsAcrossInstancesIT {

  @LocalServerPort int portA;
  @Autowired Environment env;
  @Autowired UserAccounts accounts;
  @Autowired TestAgencies agencies;

  SecondInstance instanceB;
  int portB;

  @BeforeAll
  void startSecondInstance() {
    instanceB =
        SecondInstance.start(
            env,
            "--crewbid.rate-limits.policies.api-per-user.capacity=5",
            "--crewbid.session.absolute-timeout=PT3S");
    portB = instanceB.port();
  }

  @AfterAll
  void stopSecondInstance() {
    instanceB.close();
  }

  @Test
  void whenFailuresHappenOnOneInstanceThenTheOtherLocksTheAccountToo() {
    var agency = agencies.register("lockout");
    ApiClient onA = new ApiClient(portA);
    ApiClient onB = new ApiClient(portB);

    List<Integer> failures = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      failures.add(onA.signIn(agency.ownerEmail(), "wrong-password-" + i).status());
    }
    ApiClient.Response rightPasswordOnB = onB.signIn(agency.ownerEmail(), agency.ownerPassword());

    assertThat(failures).containsOnly(401);
    assertThat(rightPasswordOnB.status()).isEqualTo(423);
    assertThat(rightPasswordOnB.problemType()).endsWith("/account-locked");
    assertThat(rightPasswordOnB.header("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
  }

  @Test
  void whenAnAccountIsTriedTooOftenAcrossInstancesThenFurtherAttemptsGet429() {
    String email = "nobody-" + UUID.randomUUID() + "@limits.test";
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      ApiClient client = new ApiClient(i % 2 == 0 ? portA : portB);
      statuses.add(client.signIn(email, "some-password-" + i).status());
    }

    // Five wrong passwords, then locked (423), then the per-account limit of 10 a minute (429).
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 10)).containsOnly(423);
    assertThat(statuses.get(10)).isEqualTo(429);
  }

  @Test
  void whenASessionOutlivesTheAbsoluteTimeoutThenItEndsHoweverActiveItWas() throws Exception {
    var agency = agencies.register("absolute");
    ApiClient onB = new ApiClient(portB);
    assertThat(onB.signIn(agency.ownerEmail(), agency.ownerPassword()).status()).isEqualTo(200);
    assertThat(onB.get("/api/auth/session").json().path("authenticated").asBoolean()).isTrue();

    Thread.sleep(3_500); // instance B ends sessions 3 s after sign-in

    assertThat(onB.get("/api/me/sessions").status()).isEqualTo(401);
    assertThat(onB.get("/api/auth/session").json().path("authenticated").asBoolean()).isFalse();
  }

  @Test
  void whenAPersonCallsTheApiTooOftenThenTheyGet429WithRetryAfter() {
    var agency = agencies.register("api-limit");
    ApiClient owner = new ApiClient(portB);
    assertThat(owner.signIn(agency.ownerEmail(), agency.ownerPassword()).status()).isEqualTo(200);

    List<Integer> statuses = new ArrayList<>();
    ApiClient.Response last = null;
    for (int i = 0; i < 6; i++) {
      last = owner.get("/api/agency");
      statuses.add(last.status());
    }

    assertThat(statuses.subList(0, 5)).containsOnly(200);
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.problemType()).endsWith("/too-many-requests");
    assertThat(last.header("Retry-After")).isPresent();
  }
}
