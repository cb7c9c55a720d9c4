package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The browser-facing hardening: security headers, cookie flags, no CORS; and forwarded headers,
 * which the server takes from a trusted proxy (loopback here) for the client's address and scheme.
 */
@IntegrationTest
class SecurityHeadersIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;

  @Test
  void whenAnyPageIsServedThenItCarriesTheContentSecurityPolicyAndFramingRules() {
    ApiClient.Response page = new ApiClient(port).get("/sign-in");
    ApiClient.Response api = new ApiClient(port).get("/api/auth/session");

    for (ApiClient.Response response : List.of(page, api)) {
      assertThat(response.header("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                      .doesNotContain("unsafe-eval"));
      assertThat(response.header("X-Frame-Options")).contains("DENY");
      assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.header("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }
  }

  @Test
  void whenTheRequestCameOverHttpsThroughTheProxyThenHstsIsSentAndOverPlainHttpNot() {
    ApiClient.Response plain = new ApiClient(port).get("/api/auth/session");
    ApiClient.Response viaTls =
        new ApiClient(port).withHeader("X-Forwarded-Proto", "https").get("/api/auth/session");

    assertThat(plain.header("Strict-Transport-Security")).isEmpty();
    assertThat(viaTls.header("Strict-Transport-Security"))
        .hasValueSatisfying(
            hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
  }

  @Test
  void whenSignedInThenTheSessionCookieIsHttpOnlyAndSameSiteLaxAndTheCsrfCookieReadable() {
    var agency = agencies.register("cookies");
    ApiClient browser = new ApiClient(port);
    ApiClient.Response session = browser.get("/api/auth/session");
    ApiClient.Response signIn =
        browser.postForm(
            "/api/auth/sign-in", "email", agency.ownerEmail(), "password", agency.ownerPassword());

    List<String> cookies = new java.util.ArrayList<>(session.headers().allValues("Set-Cookie"));
    cookies.addAll(signIn.headers().allValues("Set-Cookie"));
    String sessionCookie =
        cookies.stream().filter(c -> c.startsWith("SESSION=")).reduce((a, b) -> b).orElseThrow();
    String csrfCookie =
        cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(csrfCookie)
        .as("the SPA reads it to echo it in X-XSRF-TOKEN")
        .doesNotContainIgnoringCase("HttpOnly");
  }

  @Test
  void whenAnotherOriginAsksThenNoCorsHeadersAllowIt() {
    ApiClient.Response preflight =
        new ApiClient(port)
            .withHeader("Origin", "https://evil.example")
            .withHeader("Access-Control-Request-Method", "POST")
            .send("OPTIONS", "/api/auth/session", null);
    ApiClient.Response read =
        new ApiClient(port).withHeader("Origin", "https://evil.example").get("/api/auth/session");

    assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.status()).isGreaterThanOrEqualTo(400);
    assertThat(read.header("Access-Control-Allow-Origin")).isEmpty();
    assertThat(read.header("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void whenAProxyForwardsTheClientAddressThenSessionsAndTheAuditLogShowIt() {
    var agency = agencies.register("forwarded");
    ApiClient browser = new ApiClient(port).from("198.51.100.23");
    assertThat(browser.signIn(agency.ownerEmail(), agency.ownerPassword()).status()).isEqualTo(200);

    JsonNode sessions = browser.get("/api/me/sessions").json().path("items");
    JsonNode signIns = browser.get("/api/agency/audit-events?action=auth.sign-in").json();

    assertThat(sessions.findValuesAsString("ip")).containsExactly("198.51.100.23");
    assertThat(signIns.path("items").findValuesAsString("ip")).contains("198.51.100.23");
  }

  @Test
  void whenTheForwardedChainHasAPublicHopThenNothingBeforeThatHopIsBelieved() {
    // Only loopback and private-network proxies are trusted to forward: a client cannot put an
    // address of its choosing in front of a public hop (Tomcat's RemoteIpValve reads right to left
    // and stops at the first address that is not a trusted proxy).
    var agency = agencies.register("spoofed");
    ApiClient browser = new ApiClient(port).from("198.51.100.24, 8.8.8.8");
    browser.signIn(agency.ownerEmail(), agency.ownerPassword());

    assertThat(browser.get("/api/me/sessions").json().path("items").findValuesAsString("ip"))
        .containsExactly("8.8.8.8");
  }
}
