package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.AuthorizationRequest.redirectUriMatches;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Redirect URIs match exactly, except for the port of a loopback URI (RFC 8252 §7.3). */
class RedirectUriMatchingTest {

  static final String LOOPBACK = "http://localhost:8080/login/oauth2/code/upwork";

  @Test
  void whenTheUriIsTheRegisteredOneThenItMatches() {
    assertThat(redirectUriMatches("https://crewbid.test/callback", "https://crewbid.test/callback"))
        .isTrue();
  }

  @Test
  void whenALoopbackUriDiffersOnlyInPortThenItMatches() {
    assertThat(redirectUriMatches(LOOPBACK, "http://localhost:41234/login/oauth2/code/upwork"))
        .isTrue();
  }

  @Test
  void whenALoopbackUriDiffersInHostPathSchemeOrAddsUserInfoThenItDoesNotMatch() {
    assertThat(redirectUriMatches(LOOPBACK, "http://127.0.0.1:8080/login/oauth2/code/upwork"))
        .isFalse();
    assertThat(redirectUriMatches(LOOPBACK, "http://localhost:8080/login/oauth2/code/other"))
        .isFalse();
    assertThat(redirectUriMatches(LOOPBACK, "https://localhost:8080/login/oauth2/code/upwork"))
        .isFalse();
    assertThat(redirectUriMatches(LOOPBACK, "http://evil@localhost:1/login/oauth2/code/upwork"))
        .isFalse();
    assertThat(
            redirectUriMatches(LOOPBACK, "http://localhost.evil.example/login/oauth2/code/upwork"))
        .isFalse();
  }

  @Test
  void whenANonLoopbackUriDiffersInPortThenItDoesNotMatch() {
    assertThat(
            redirectUriMatches(
                "https://crewbid.test/callback", "https://crewbid.test:8443/callback"))
        .isFalse();
  }
}
