package com.crewbid.upwork.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * An authorize request that passed the checks that decide where errors may go: a registered client
 * and one of its registered redirect URIs. Reading it further ({@link #validate()}) raises the
 * errors that are sent back to that redirect URI.
 *
 * @param redirectUriAsSent the redirect_uri parameter, null when the client relied on its only
 *     registered URI; the token request must then repeat it exactly (RFC 6749 §4.1.3)
 */
record AuthorizationRequest(
    SandboxProperties.Client client,
    String redirectUri,
    @Nullable String redirectUriAsSent,
    @Nullable String state,
    MultiValueMap<String, String> params) {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final Pattern PKCE_CHALLENGE = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

  /** Thrown when the request cannot even name a safe redirect URI: shown as a page, never sent. */
  static class Unredirectable extends RuntimeException {
    Unredirectable(String message) {
      super(message);
    }
  }

  static AuthorizationRequest read(MultiValueMap<String, String> params, SandboxClients clients) {
    try {
      String clientId = Forms.single(params, "client_id");
      if (clientId == null) {
        throw new Unredirectable("client_id is missing.");
      }
      SandboxProperties.Client client =
          clients
              .find(clientId)
              .orElseThrow(
                  () -> new Unredirectable("No application is registered as this client_id."));
      String sent = Forms.single(params, "redirect_uri");
      String redirectUri;
      if (sent == null) {
        if (client.redirectUris().size() != 1) {
          throw new Unredirectable("redirect_uri is missing.");
        }
        redirectUri = client.redirectUris().getFirst();
      } else if (client.redirectUris().stream().anyMatch(r -> redirectUriMatches(r, sent))) {
        redirectUri = sent;
      } else {
        throw new Unredirectable("redirect_uri is not registered for this application.");
      }
      return new AuthorizationRequest(
          client, redirectUri, sent, Forms.single(params, "state"), params);
    } catch (OAuthException e) {
      throw new Unredirectable(e.getMessage());
    }
  }

  /**
   * Exact string match, except that a registered loopback URI ({@code http://localhost…}, {@code
   * http://127.0.0.1…}) matches on any port, as RFC 8252 §7.3 asks: the application under test and
   * the demo listen on ports chosen at start-up.
   */
  static boolean redirectUriMatches(String registered, String sent) {
    if (registered.equals(sent)) {
      return true;
    }
    URI r;
    URI s;
    try {
      r = new URI(registered);
      s = new URI(sent);
    } catch (URISyntaxException e) {
      return false;
    }
    return "http".equals(r.getScheme())
        && LOOPBACK_HOSTS.contains(r.getHost())
        && "http".equals(s.getScheme())
        && Objects.equals(r.getHost(), s.getHost())
        && s.getRawUserInfo() == null
        && Objects.equals(r.getRawPath(), s.getRawPath())
        && Objects.equals(r.getRawQuery(), s.getRawQuery())
        && s.getRawFragment() == null;
  }

  /** Checks what Upwork checks once the client is known; returns the PKCE challenge, if any. */
  @Nullable String validate() {
    String responseType = Forms.single(params, "response_type");
    if (responseType == null) {
      throw new OAuthException(OAuthError.INVALID_REQUEST, "response_type is missing");
    }
    if (!responseType.equals("code")) {
      throw new OAuthException(
          OAuthError.UNSUPPORTED_RESPONSE_TYPE, "Only response_type=code is supported");
    }
    if (params.containsKey("scope")) {
      throw new OAuthException(
          OAuthError.INVALID_SCOPE,
          "Scopes are bound to the API key and cannot be requested at authorization");
    }
    String challenge = Forms.single(params, "code_challenge");
    String method = Forms.single(params, "code_challenge_method");
    if (challenge == null) {
      if (method != null) {
        throw new OAuthException(
            OAuthError.INVALID_REQUEST, "code_challenge_method without code_challenge");
      }
      return null;
    }
    if (!"S256".equals(method)) {
      throw new OAuthException(
          OAuthError.INVALID_REQUEST, "Only code_challenge_method=S256 is supported");
    }
    if (!PKCE_CHALLENGE.matcher(challenge).matches()) {
      throw new OAuthException(OAuthError.INVALID_REQUEST, "code_challenge is malformed");
    }
    return challenge;
  }

  /** The parameters to carry through the consent form, so the decision re-validates them. */
  Map<String, String> carriedParameters() {
    Map<String, String> carried = new LinkedHashMap<>();
    for (String name :
        new String[] {
          "response_type",
          "client_id",
          "redirect_uri",
          "state",
          "code_challenge",
          "code_challenge_method"
        }) {
      String value = Forms.single(params, name);
      if (value != null) {
        carried.put(name, value);
      }
    }
    return carried;
  }
}
