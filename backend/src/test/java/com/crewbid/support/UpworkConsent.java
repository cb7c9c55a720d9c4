package com.crewbid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks "Sign in with Upwork" and the linking of an Upwork account through the sandbox's consent
 * page, as a browser would.
 */
public final class UpworkConsent {

  static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  /** What Upwork sent the browser back with: the query parameters of the redirect. */
  public record Answer(String redirect, Map<String, String> parameters) {

    public String code() {
      return parameters.get("code");
    }

    public String state() {
      return parameters.get("state");
    }

    public String error() {
      return parameters.get("error");
    }
  }

  private UpworkConsent() {}

  /**
   * Starts the sign-in, consents as the seeded user whose name starts so, returns our callback URL.
   */
  public static String consentAs(ApiClient browser, String firstName) {
    ApiClient.Response start = browser.get("/oauth2/authorization/upwork");
    assertThat(start.status()).isEqualTo(302);
    String authorize = start.header("Location").orElseThrow();
    String callback = decide(browser, authorize, firstName, true).redirect();
    assertThat(callback).contains("/login/oauth2/code/upwork", "code=", "state=");
    return callback;
  }

  /** Signs in with Upwork as that seeded user; returns where the app sent the browser. */
  public static String signIn(ApiClient browser, String firstName) {
    return browser.get(consentAs(browser, firstName)).header("Location").orElseThrow();
  }

  /**
   * Starts linking the signed-in member's Upwork account and answers Upwork's consent page as the
   * seeded user whose name starts so (allowing, or declining), returning what Upwork sent the
   * browser back to the SPA with. Complete it with {@link #completeLink}.
   */
  public static Answer startLink(ApiClient browser, String firstName, boolean allow) {
    ApiClient.Response start = browser.postJson("/api/me/upwork-account/link", "{}");
    assertThat(start.status()).as(start.body()).isEqualTo(200);
    Answer answer =
        decide(browser, start.json().path("authorizationUrl").asString(), firstName, allow);
    assertThat(answer.redirect()).contains("/upwork/account/callback", "state=");
    return answer;
  }

  /** Hands Upwork's answer to the API, as the SPA's callback page does. */
  public static ApiClient.Response completeLink(ApiClient browser, Answer answer) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("code", answer.code());
    body.put("state", answer.state());
    body.put("error", answer.error());
    return browser.postJson("/api/me/upwork-account/link/complete", body);
  }

  /**
   * Links the signed-in member's Upwork account as that seeded user, and waits for the profile
   * import that follows; fails unless the link worked.
   */
  public static void link(ApiClient browser, String firstName) {
    ApiClient.Response linked = completeLink(browser, startLink(browser, firstName, true));
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    assertThat(linked.json().path("state").asString()).isEqualTo("LINKED");
    awaitProfileSync(browser);
  }

  /**
   * Waits (up to 30 s) until the signed-in member's profile import is not running any more and
   * returns their link as the API shows it.
   */
  public static tools.jackson.databind.JsonNode awaitProfileSync(ApiClient browser) {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (true) {
      ApiClient.Response link = browser.get("/api/me/upwork-account");
      assertThat(link.status()).as(link.body()).isEqualTo(200);
      String state = link.json().path("profileSync").path("state").asString();
      if (!"RUNNING".equals(state)) {
        return link.json();
      }
      assertThat(System.nanoTime()).as("the profile import ends").isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static Answer decide(
      ApiClient browser, String authorize, String firstName, boolean allow) {
    assertThat(authorize)
        .startsWith("http://localhost:" + browser.port() + "/")
        .contains("/upwork-sandbox/ab/account-security/oauth2/authorize", "state=", "client_id=")
        .doesNotContain("scope=");

    ApiClient.Response page = browser.get(authorize);
    assertThat(page.status()).isEqualTo(200);
    String html = page.body();
    int at = html.indexOf("Continue as " + firstName);
    assertThat(at).as("consent page offers " + firstName).isPositive();
    String form = html.substring(html.lastIndexOf("<form", at), at);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
    }
    fields.put("decision", allow ? "allow" : "deny");
    ApiClient.Response decided =
        browser
            .withoutCsrf()
            .postForm("/upwork-sandbox/ab/account-security/oauth2/authorize", fields);
    assertThat(decided.status()).as(decided.body()).isEqualTo(302);
    String redirect = decided.header("Location").orElseThrow();
    return new Answer(redirect, query(redirect));
  }

  private static Map<String, String> query(String url) {
    Map<String, String> parameters = new LinkedHashMap<>();
    String query = URI.create(url).getRawQuery();
    if (query == null) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      parameters.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
