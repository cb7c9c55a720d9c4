package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.SecondInstance;
import com.crewbid.support.TestAgencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** Instance B's budget per client address on each authentication endpoint. */
  static final int PER_IP = 2;

  SecondInstance instanceB;
  int portB;

  @BeforeAll
  void startSecondInstance() {
    instanceB =
        SecondInstance.start(
            env,
            "--crewbid.rate-limits.policies.api-per-user.capacity=5",
            "--crewbid.rate-limits.policies.sign-in-per-ip.capacity=" + PER_IP,
            "--crewbid.rate-limits.policies.upwork-sign-in-per-ip.capacity=" + PER_IP,
            "--crewbid.rate-limits.policies.invitation-accept-per-ip.capacity=" + PER_IP,
            "--crewbid.rate-limits.policies.email-link-per-ip.capacity=" + PER_IP,
            "--crewbid.rate-limits.policies.sign-up-per-ip.capacity=" + PER_IP,
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
  void whenOneAddressCallsAnAuthenticationEndpointTooOftenThenItGets429AndOthersDoNot() {
    ApiClient signedIn = new ApiClient(portB);
    var agency = agencies.register("per-ip");
    assertThat(signedIn.signIn(agency.ownerEmail(), agency.ownerPassword()).status())
        .isEqualTo(200);
    Map<String, java.util.function.Function<ApiClient, ApiClient.Response>> endpoints =
        Map.of(
            "sign-in",
            c -> c.postForm("/api/auth/sign-in", "email", "x@per-ip.test", "password", "nope"),
            "upwork redirect",
            c -> c.get("/oauth2/authorization/upwork"),
            "upwork callback",
            c -> c.get("/login/oauth2/code/upwork?code=x&state=y"),
            "invitation accept",
            c -> c.postJson("/api/invitations/" + UUID.randomUUID() + "/accept", "{}"),
            "password reset link",
            c -> c.postJson("/api/auth/password-reset/confirm", "{}"),
            "verification link",
            c -> c.postJson("/api/auth/email-verification/confirm", "{}"));
    for (var endpoint : endpoints.entrySet()) {
      ApiClient one = anonymousFrom(fresh());
      List<Integer> statuses = new ArrayList<>();
      ApiClient.Response last = null;
      for (int i = 0; i <= PER_IP; i++) {
        last = endpoint.getValue().apply(one);
        statuses.add(last.status());
      }
      ApiClient.Response otherAddress = endpoint.getValue().apply(anonymousFrom(fresh()));

      assertThat(statuses.subList(0, PER_IP)).as(endpoint.getKey()).doesNotContain(429);
      assertThat(last.status()).as(endpoint.getKey()).isEqualTo(429);
      assertThat(last.problemType()).endsWith("/too-many-requests");
      assertThat(last.header("Retry-After")).as(endpoint.getKey()).isPresent();
      assertThat(otherAddress.status()).as(endpoint.getKey() + " elsewhere").isNotEqualTo(429);
    }

    String ip = fresh();
    ApiClient founder = signedIn.from(ip);
    List<Integer> foundings = new ArrayList<>();
    for (int i = 0; i <= PER_IP; i++) {
      foundings.add(founder.postJson("/api/onboarding/agencies", "{}").status());
    }
    assertThat(foundings.subList(0, PER_IP)).containsOnly(400);
    assertThat(foundings.get(PER_IP)).as("founding an agency, per address").isEqualTo(429);
  }

  @Test
  void whenAPersonFoundsAgenciesTooOftenThenTheFourthIsRefusedBeforeAnySchemaIsMade() {
    ApiClient founder = new ApiClient(portA).from(fresh());
    var agency = agencies.register("founder");
    assertThat(founder.signIn(agency.ownerEmail(), agency.ownerPassword()).status()).isEqualTo(200);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String slug = "founded-" + UUID.randomUUID().toString().substring(0, 8);
      statuses.add(
          founder
              .postJson("/api/onboarding/agencies", Map.of("name", "Founded " + i, "slug", slug))
              .status());
    }

    // sign-up-per-user: 3 an hour, the same on every instance.
    assertThat(statuses).containsExactly(201, 201, 201, 429);
  }

  private ApiClient anonymousFrom(String ip) {
    ApiClient client = new ApiClient(portB).from(ip);
    client.get("/api/auth/session");
    return client;
  }

  /** An address no other test uses (TEST-NET-3 range, random last parts). */
  private static String fresh() {
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    return "203.0." + random.nextInt(256) + "." + random.nextInt(1, 255);
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
