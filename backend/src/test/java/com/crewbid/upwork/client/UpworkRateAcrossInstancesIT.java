package com.crewbid.upwork.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.SecondInstance;
import com.crewbid.support.TestAgencies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Upwork's per-IP rate holds for the whole deployment: two instances of the application (sharing
 * PostgreSQL and Redis, as two pods behind one egress IP) serve several linked members who fetch
 * jobs at the same time, and the sandbox, which logs when every request reached it, never sees more
 * than the configured requests in any one second, wherever that second starts.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpworkRateAcrossInstancesIT {

  static final String CONTROL = "/upwork-sandbox/_control";

  /** The client's limit in both instances (the default). */
  static final int LIMIT = 5;

  @LocalServerPort int portA;
  @Autowired Environment env;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;

  SecondInstance instanceB;
  int portB;

  @BeforeAll
  void startSecondInstance() {
    instanceB = SecondInstance.start(env, "--crewbid.upwork.client.requests-per-second=" + LIMIT);
    portB = instanceB.port();
  }

  @AfterAll
  void stopSecondInstance() {
    instanceB.close();
    control().delete(CONTROL);
  }

  @Test
  void whenManyMembersFetchThroughTwoInstancesThenNoSecondAtTheSandboxHoldsMoreThanTheLimit()
      throws Exception {
    List<ApiClient> browsers = new ArrayList<>();
    for (String[] pair : new String[][] {{"Olena", "Mateo"}, {"Priya", "Jonas"}}) {
      TestAgencies.Agency agency = agencies.register("rate");
      for (String upworkUser : pair) {
        Callers.Member member =
            callers.linkedMember(portA, agency, AgencyRole.FREELANCER, upworkUser);
        browsers.add(member.browser());
        browsers.add(
            callers.signIn(portB, new Callers.Credentials(member.email(), member.password())));
      }
    }
    control().delete(CONTROL);
    assertThat(
            control().putJson(CONTROL + "/rate-limit", Map.of("requestsPerSecond", LIMIT)).status())
        .isEqualTo(204);
    Instant started = Instant.now();

    List<Integer> statuses = new ArrayList<>();
    try (ExecutorService members = Executors.newFixedThreadPool(browsers.size())) {
      List<Future<Integer>> fetches = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (ApiClient browser : browsers) {
          fetches.add(
              members.submit(() -> browser.postJson("/api/jobs/fetches", Map.of()).status()));
        }
      }
      for (Future<Integer> fetch : fetches) {
        statuses.add(fetch.get());
      }
    }

    List<Long> arrivals = arrivalsSince(started);
    int busiest = busiestSecond(arrivals);
    System.out.printf(
        "Upwork rate across two instances: %d requests at the sandbox, busiest second %d (limit"
            + " %d)%n",
        arrivals.size(), busiest, LIMIT);
    assertThat(statuses).as("no fetch was refused or throttled").containsOnly(200);
    assertThat(arrivals.size()).as("16 fetches of several pages").isGreaterThanOrEqualTo(32);
    assertThat(busiest).isLessThanOrEqualTo(LIMIT);
  }

  /** The most requests that arrived within any 1,000 ms (times in µs, sorted). */
  static int busiestSecond(List<Long> arrivals) {
    int busiest = 0;
    int first = 0;
    for (int last = 0; last < arrivals.size(); last++) {
      while (arrivals.get(last) - arrivals.get(first) >= 1_000_000) {
        first++;
      }
      busiest = Math.max(busiest, last - first + 1);
    }
    return busiest;
  }

  private List<Long> arrivalsSince(Instant since) {
    ApiClient.Response traffic = control().get(CONTROL + "/traffic?since=" + since);
    assertThat(traffic.status()).isEqualTo(200);
    List<Long> arrivals = new ArrayList<>();
    traffic.json().path("arrivalsMicros").forEach(t -> arrivals.add(t.asLong()));
    return arrivals;
  }

  private ApiClient control() {
    return new ApiClient(portA).withoutCsrf();
  }
}
