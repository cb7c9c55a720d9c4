package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.UpworkConsent;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Sign in with Upwork" end to end against the Upwork sandbox, as a browser follows it. */
@IntegrationTest
class SignInWithUpworkIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void whenANewPersonSignsInWithUpworkThenTheyAreSignedInAndSentToOnboarding() {
    ApiClient browser = new ApiClient(port);

    String callback = consentAs(browser, "Mateo");
    String beforeCallback = browser.cookie("SESSION").orElseThrow();
    ApiClient.Response landed = browser.get(callback);

    assertThat(landed.status()).isEqualTo(302);
    assertThat(browser.cookie("SESSION").orElseThrow())
        .as("the session id changes at the Upwork sign-in")
        .isNotEqualTo(beforeCallback);
    assertThat(landed.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/onboarding"));
    ApiClient.Response session = browser.get("/api/auth/session");
    assertThat(session.json().path("authenticated").asBoolean()).isTrue();
    assertThat(session.json().path("user").path("email").asString())
        .isEqualTo("mateo.fernandez@sandbox.upwork.test");
    assertThat(session.json().path("agency").isNull()).isTrue();
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.user_identities where provider = 'upwork' and email = ?")
                .param("mateo.fernandez@sandbox.upwork.test")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void whenTheSamePersonSignsInAgainThenTheSameAccountIsUsedAndOnboardingCreatesTheirAgency() {
    ApiClient first = new ApiClient(port);
    first.get(consentAs(first, "Olena"));
    String slug = "olena-" + System.nanoTime();
    ApiClient.Response founded =
        first.postJson("/api/onboarding/agencies", Map.of("name", "Olena's Studio", "slug", slug));
    assertThat(founded.status()).as(founded.body()).isEqualTo(201);
    assertThat(first.get("/api/agency").json().path("slug").asString()).isEqualTo(slug);

    ApiClient again = new ApiClient(port);
    ApiClient.Response landed = again.get(consentAs(again, "Olena"));

    assertThat(landed.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    assertThat(again.get("/api/agency").json().path("slug").asString()).isEqualTo(slug);
    assertThat(again.get("/api/auth/session").json().path("agency").path("role").asString())
        .isEqualTo("OWNER");
  }

  @Test
  void whenTheStateDoesNotMatchThenTheSignInIsRefused() {
    ApiClient browser = new ApiClient(port);
    String callback = consentAs(browser, "Mateo");

    ApiClient.Response landed = browser.get(callback.replaceAll("state=[^&]+", "state=forged"));

    assertThat(landed.status()).isEqualTo(302);
    assertThat(landed.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/sign-in?error=upwork"));
    assertThat(browser.get("/api/auth/session").json().path("authenticated").asBoolean()).isFalse();
  }

  @Test
  void whenTheCodeWasAlreadyUsedThenTheSandboxAnswersInvalidGrantAndTheSignInIsRefused() {
    ApiClient first = new ApiClient(port);
    String callback = consentAs(first, "Mateo");
    // Another browser replays the same code with its own (valid) state: the sandbox refuses the
    // code.
    first.get(callback);
    ApiClient second = new ApiClient(port);
    String secondCallback = consentAs(second, "Mateo");
    String code = param(callback, "code");
    ApiClient.Response replayed =
        second.get(secondCallback.replaceAll("code=[^&]+", "code=" + code));

    assertThat(replayed.header("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).contains("/sign-in?error=upwork").contains("invalid_grant"));
    assertThat(second.get("/api/auth/session").json().path("authenticated").asBoolean()).isFalse();
  }

  private static String consentAs(ApiClient browser, String firstName) {
    return UpworkConsent.consentAs(browser, firstName);
  }

  private static String param(String url, String name) {
    Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
    return m.find() ? m.group(1) : null;
  }
}
