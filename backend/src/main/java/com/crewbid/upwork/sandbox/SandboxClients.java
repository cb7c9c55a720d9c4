package com.crewbid.upwork.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** The API keys registered with the sandbox, and how a token request proves it holds one. */
@Component
@SandboxEnabled
class SandboxClients {

  private final List<SandboxProperties.Client> clients;

  SandboxClients(SandboxProperties properties) {
    this.clients = properties.clients();
  }

  Optional<SandboxProperties.Client> find(@Nullable String clientId) {
    return clients.stream().filter(c -> c.clientId().equals(clientId)).findFirst();
  }

  /**
   * Authenticates the client of a token request: {@code client_id} and {@code client_secret} in the
   * form body, as Upwork documents, or HTTP Basic. Using both at once is refused (RFC 6749 §2.3).
   */
  SandboxProperties.Client authenticate(
      @Nullable String authorization, MultiValueMap<String, String> form) {
    String bodyId = Forms.single(form, "client_id");
    String bodySecret = Forms.single(form, "client_secret");
    String id = bodyId;
    String secret = bodySecret;
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      if (bodySecret != null) {
        throw new OAuthException(
            OAuthError.INVALID_REQUEST,
            "Send the client credentials either in the body or as HTTP Basic, not both");
      }
      String[] basic = decodeBasic(authorization.substring(6).trim());
      id = basic[0];
      secret = basic[1];
      if (bodyId != null && !bodyId.equals(id)) {
        throw new OAuthException(
            OAuthError.INVALID_REQUEST, "client_id in the body differs from HTTP Basic");
      }
    }
    if (id == null || secret == null) {
      throw new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication is missing");
    }
    String presented = secret;
    return find(id)
        .filter(c -> Secrets.sameSecret(c.clientSecret(), presented))
        .orElseThrow(
            () -> new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication failed"));
  }

  private static String[] decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw new OAuthException(OAuthError.INVALID_CLIENT, "Malformed HTTP Basic credentials");
      }
      // RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined.
      return new String[] {
        java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
        java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
      };
    } catch (IllegalArgumentException e) {
      throw new OAuthException(OAuthError.INVALID_CLIENT, "Malformed HTTP Basic credentials");
    }
  }
}
