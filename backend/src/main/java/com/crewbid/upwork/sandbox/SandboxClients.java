package com.crewbid.upwork.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The API keys registered with the sandbox, and how a token request proves it holds one. The
 * permissions Upwork grants a key come from configuration; tests may change them at run time (as
 * Upwork does when it grants or takes back "Submit Proposal"), kept in Redis so that every instance
 * agrees.
 */
@Component
@SandboxEnabled
class SandboxClients {

  private final List<SandboxProperties.Client> clients;
  private final StringRedisTemplate redis;

  SandboxClients(SandboxProperties properties, StringRedisTemplate redis) {
    this.clients = properties.clients();
    this.redis = redis;
  }

  Optional<SandboxProperties.Client> find(@Nullable String clientId) {
    return clients.stream().filter(c -> c.clientId().equals(clientId)).findFirst();
  }

  /** What the key may do now: its configured permissions, unless changed at run time. */
  List<String> permissionsOf(String clientId) {
    Optional<SandboxProperties.Client> client = find(clientId);
    if (client.isEmpty()) {
      return List.of();
    }
    String key = SandboxKeys.permissionOverride(clientId);
    if (Boolean.TRUE.equals(redis.hasKey(key))) {
      Set<String> changed = redis.opsForSet().members(key);
      return changed == null
          ? List.of()
          : changed.stream().filter(p -> !p.isEmpty()).sorted().toList();
    }
    return client.get().permissions();
  }

  /**
   * Gives the key exactly these permissions until {@link #restoreConfigured()}; false if unknown.
   */
  boolean changePermissions(String clientId, List<String> permissions) {
    if (find(clientId).isEmpty()) {
      return false;
    }
    String key = SandboxKeys.permissionOverride(clientId);
    redis.delete(key);
    // An empty marker keeps the set (and so the override) when no permission is left.
    redis.opsForSet().add(key, "");
    permissions.forEach(p -> redis.opsForSet().add(key, p));
    return true;
  }

  void restoreConfigured() {
    clients.forEach(c -> redis.delete(SandboxKeys.permissionOverride(c.clientId())));
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
