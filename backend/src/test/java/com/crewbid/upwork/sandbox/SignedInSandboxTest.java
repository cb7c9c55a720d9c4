package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the sandbox's GraphQL tests share: Olena signed in through the test client, and the
 * sandbox's controls (clock, faults, rate limit) reset around each test, since some move the clock.
 */
abstract class SignedInSandboxTest {

  @LocalServerPort int port;

  SandboxHttp sandbox;
  String olena;

  @BeforeEach
  void resetAndSignIn() {
    sandbox = new SandboxHttp(port);
    sandbox.resetControls();
    olena = sandbox.signIn(OLENA).accessToken();
  }

  @AfterEach
  void resetControls() {
    sandbox.resetControls();
  }

  /** The response's data, after checking it came without errors. */
  static JsonNode data(SandboxHttp.Response response) {
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().has("errors")).as(response.body()).isFalse();
    return response.json().path("data");
  }

  /** The classification of the response's first error. */
  static String classification(SandboxHttp.Response response) {
    return response
        .json()
        .path("errors")
        .get(0)
        .path("extensions")
        .path("classification")
        .asString();
  }
}
