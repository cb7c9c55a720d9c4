package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Faults queued through the control API hit the next responses, then the sandbox recovers. */
@IntegrationTest
class SandboxFaultsIT {

  static final String CONTROL = "/upwork-sandbox/_control";

  @LocalServerPort int port;
  @Autowired SandboxControl control;

  SandboxHttp sandbox;
  SandboxHttp.Tokens tokens;

  @BeforeEach
  void signIn() {
    sandbox = new SandboxHttp(port);
    tokens = sandbox.signIn(OLENA);
  }

  @AfterEach
  void resetSandbox() {
    control.reset();
  }

  @Test
  void whenTwo429AreQueuedForGraphQlThenTwoAnswersAre429WithRetryAfterAndTheThirdWorks() {
    SandboxHttp.Response queued =
        sandbox.postJson(
            CONTROL + "/faults",
            """
            {"target": "GRAPHQL", "kind": "RATE_LIMITED", "count": 2, "retryAfterSeconds": 7}
            """);
    assertThat(queued.status()).isEqualTo(204);

    for (int i = 0; i < 2; i++) {
      SandboxHttp.Response limited = sandbox.graphql(tokens.accessToken(), "{ user { id } }");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isEqualTo("7");
    }
    assertThat(sandbox.graphql(tokens.accessToken(), "{ user { id } }").status()).isEqualTo(200);
  }

  @Test
  void whenA503IsQueuedForTheTokenEndpointThenTheRefreshFailsOnceAndTheTokenSurvives() {
    control.injectFault(
        SandboxFaults.Target.TOKEN,
        SandboxFaults.Fault.of(SandboxFaults.Kind.SERVER_ERROR, 503, null, null),
        1);

    assertThat(sandbox.refresh(tokens.refreshToken()).status()).isEqualTo(503);
    assertThat(sandbox.refresh(tokens.refreshToken()).status()).isEqualTo(200);
  }

  @Test
  void whenBotProtectionIsQueuedThenTheTokenEndpointAnswersAnHtmlPage() {
    control.injectFault(
        SandboxFaults.Target.TOKEN,
        SandboxFaults.Fault.of(SandboxFaults.Kind.HTML_PAGE, null, null, null),
        1);

    SandboxHttp.Response page = sandbox.refresh(tokens.refreshToken());
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("<html").doesNotContain("access_token");
  }

  @Test
  void whenMalformedJsonIsQueuedThenTheTokenAnswerDoesNotParse() {
    control.injectFault(
        SandboxFaults.Target.TOKEN,
        SandboxFaults.Fault.of(SandboxFaults.Kind.MALFORMED_JSON, null, null, null),
        1);

    SandboxHttp.Response response = sandbox.refresh(tokens.refreshToken());
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(response::json)).isNotNull();
  }

  @Test
  void whenLatencyIsQueuedThenTheAnswerIsDelayedButCorrect() {
    control.injectFault(
        SandboxFaults.Target.GRAPHQL,
        SandboxFaults.Fault.of(SandboxFaults.Kind.LATENCY, null, null, 400L),
        1);

    long started = System.nanoTime();
    SandboxHttp.Response response = sandbox.graphql(tokens.accessToken(), "{ user { id } }");
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("data").path("user").path("id").asString()).isEqualTo(OLENA);
    assertThat(tookMillis).isGreaterThanOrEqualTo(400);
  }

  @Test
  void whenMoreRequestsThanTheRateLimitArriveInASecondThenTheRestAre429() {
    assertThat(
            sandbox.sendJson("PUT", CONTROL + "/rate-limit", "{\"requestsPerSecond\": 3}").status())
        .isEqualTo(204);

    List<Integer> statuses = new ArrayList<>();
    SandboxHttp.Response limited = null;
    for (int i = 0; i < 10; i++) {
      SandboxHttp.Response response = sandbox.graphql(tokens.accessToken(), "{ user { id } }");
      statuses.add(response.status());
      if (response.status() == 429) {
        limited = response;
      }
    }

    assertThat(statuses).contains(200, 429);
    assertThat(limited).isNotNull();
    assertThat(limited.header("Retry-After")).isEqualTo("1");
  }

  @Test
  void whenTokensAreRevokedOverTheControlApiThenGraphQlAnswers401() {
    assertThat(sandbox.postJson(CONTROL + "/users/" + OLENA + "/revoke-tokens", "").status())
        .isEqualTo(204);
    assertThat(sandbox.postJson(CONTROL + "/users/404/revoke-tokens", "").status()).isEqualTo(404);

    assertThat(sandbox.graphql(tokens.accessToken(), "{ user { id } }").status()).isEqualTo(401);
  }

  @Test
  void whenFaultsAreClearedThenNoneIsServed() {
    control.injectFault(
        SandboxFaults.Target.GRAPHQL,
        SandboxFaults.Fault.of(SandboxFaults.Kind.SERVER_ERROR, null, null, null),
        5);
    control.reset();

    assertThat(sandbox.graphql(tokens.accessToken(), "{ user { id } }").status()).isEqualTo(200);
  }
}
