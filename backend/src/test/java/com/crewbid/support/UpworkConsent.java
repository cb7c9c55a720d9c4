package com.crewbid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Walks "Sign in with Upwork" through the sandbox's consent page, as a browser would. */
public final class UpworkConsent {

  static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  private UpworkConsent() {}

  /**
   * Starts the sign-in, consents as the seeded user whose name starts so, returns our callback URL.
   */
  public static String consentAs(ApiClient browser, String firstName) {
    ApiClient.Response start = browser.get("/oauth2/authorization/upwork");
    assertThat(start.status()).isEqualTo(302);
    String authorize = start.header("Location").orElseThrow();
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
    fields.put("decision", "allow");
    ApiClient.Response decided =
        browser
            .withoutCsrf()
            .postForm("/upwork-sandbox/ab/account-security/oauth2/authorize", fields);
    assertThat(decided.status()).as(decided.body()).isEqualTo(302);
    String callback = decided.header("Location").orElseThrow();
    assertThat(callback).contains("/login/oauth2/code/upwork", "code=", "state=");
    return callback;
  }

  /** Signs in with Upwork as that seeded user; returns where the app sent the browser. */
  public static String signIn(ApiClient browser, String firstName) {
    return browser.get(consentAs(browser, firstName)).header("Location").orElseThrow();
  }
}
