package com.crewbid.upwork.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Upwork's authorization server remembers: authorization codes, access tokens and refresh
 * tokens, with Upwork's lifetimes and refresh-token rotation. Kept in Redis under hashes of the
 * codes and tokens (never the values themselves), so instances sharing a Redis agree.
 *
 * <p>Revoking a user's tokens bumps a per-user generation; every grant carries the generation it
 * was issued in and is dead once the generation moved on.
 */
@Component
@SandboxEnabled
class SandboxGrants {

  static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
  static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(24);
  static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(14);

  /** How long a refresh token still works after it was used to get a new one. */
  static final Duration ROTATED_REFRESH_TOKEN_GRACE = Duration.ofHours(24);

  private static final Logger log = LoggerFactory.getLogger(SandboxGrants.class);
  private static final String TOKEN_PREFIX = "oauth2v2_";

  /** A code waiting to be exchanged; {@code redirectUri} as the authorize request sent it. */
  record PendingCode(
      String clientId,
      String userId,
      @Nullable String redirectUri,
      @Nullable String codeChallenge,
      long generation,
      Instant expiresAt) {}

  /** What an access or refresh token grants, and until when. */
  record TokenGrant(String clientId, String userId, long generation, Instant expiresAt) {}

  record IssuedTokens(String accessToken, String refreshToken, long expiresInSeconds) {}

  private final StringRedisTemplate redis;
  private final JsonMapper json;
  private final SandboxClock clock;
  private final SandboxIssuedTokens issued;

  SandboxGrants(
      StringRedisTemplate redis, JsonMapper json, SandboxClock clock, SandboxIssuedTokens issued) {
    this.redis = redis;
    this.json = json;
    this.clock = clock;
    this.issued = issued;
  }

  String issueCode(
      String clientId,
      String userId,
      @Nullable String redirectUri,
      @Nullable String codeChallenge) {
    String code = Secrets.newToken("");
    Instant now = clock.instant();
    PendingCode pending =
        new PendingCode(
            clientId,
            userId,
            redirectUri,
            codeChallenge,
            generationOf(userId),
            now.plus(CODE_LIFETIME));
    store(SandboxKeys.code(code), pending, now, pending.expiresAt());
    log.info("Sandbox issued an authorization code to client {} for user {}", clientId, userId);
    return code;
  }

  /**
   * Exchanges a code for tokens. The code is consumed by the first attempt, successful or not, so a
   * replayed code is always refused.
   */
  IssuedTokens exchangeCode(
      String clientId, String code, @Nullable String redirectUri, @Nullable String codeVerifier) {
    String stored = redis.opsForValue().getAndDelete(SandboxKeys.code(code));
    if (stored == null) {
      throw invalidGrant("The authorization code is unknown, expired or already used");
    }
    PendingCode pending = json.readValue(stored, PendingCode.class);
    if (!pending.clientId().equals(clientId)) {
      throw invalidGrant("The authorization code was issued to another client");
    }
    if (!clock.instant().isBefore(pending.expiresAt())) {
      throw invalidGrant("The authorization code expired");
    }
    if (pending.generation() != generationOf(pending.userId())) {
      throw invalidGrant("The authorization code was revoked");
    }
    if (pending.redirectUri() != null && !pending.redirectUri().equals(redirectUri)) {
      throw invalidGrant("redirect_uri does not match the one of the authorization request");
    }
    if (pending.codeChallenge() != null) {
      if (codeVerifier == null) {
        throw invalidGrant("code_verifier is missing");
      }
      if (!Secrets.sameSecret(Secrets.s256Challenge(codeVerifier), pending.codeChallenge())) {
        throw invalidGrant("code_verifier does not match the code_challenge");
      }
    }
    return issueTokens(clientId, pending.userId(), pending.generation());
  }

  /**
   * Refreshes as Upwork does: a new access token and a new refresh token valid 14 days; the
   * presented refresh token is cut to 24 hours from now (or keeps a shorter remaining life).
   */
  IssuedTokens refresh(String clientId, String refreshToken) {
    String key = SandboxKeys.refreshToken(refreshToken);
    TokenGrant grant =
        liveGrant(key)
            .orElseThrow(() -> invalidGrant("The refresh token is unknown, expired or revoked"));
    if (!grant.clientId().equals(clientId)) {
      throw invalidGrant("The refresh token was issued to another client");
    }
    Instant now = clock.instant();
    Instant cut = now.plus(ROTATED_REFRESH_TOKEN_GRACE);
    if (cut.isBefore(grant.expiresAt())) {
      store(
          key, new TokenGrant(grant.clientId(), grant.userId(), grant.generation(), cut), now, cut);
    }
    return issueTokens(clientId, grant.userId(), grant.generation());
  }

  /** The grant behind a bearer token, if it is a live access token. */
  Optional<TokenGrant> accessGrant(String accessToken) {
    return liveGrant(SandboxKeys.accessToken(accessToken));
  }

  /** Kills every code and token the user has, as when they revoke access on Upwork. */
  void revokeTokensOf(String userId) {
    redis.opsForValue().increment(SandboxKeys.generation(userId));
    log.info("Sandbox revoked every token of user {}", userId);
  }

  private IssuedTokens issueTokens(String clientId, String userId, long generation) {
    Instant now = clock.instant();
    String access = Secrets.newToken(TOKEN_PREFIX);
    String refresh = Secrets.newToken(TOKEN_PREFIX);
    TokenGrant accessGrant =
        new TokenGrant(clientId, userId, generation, now.plus(ACCESS_TOKEN_LIFETIME));
    TokenGrant refreshGrant =
        new TokenGrant(clientId, userId, generation, now.plus(REFRESH_TOKEN_LIFETIME));
    store(SandboxKeys.accessToken(access), accessGrant, now, accessGrant.expiresAt());
    store(SandboxKeys.refreshToken(refresh), refreshGrant, now, refreshGrant.expiresAt());
    log.info("Sandbox issued tokens to client {} for user {}", clientId, userId);
    issued.issued(access, refresh);
    return new IssuedTokens(access, refresh, ACCESS_TOKEN_LIFETIME.toSeconds());
  }

  private Optional<TokenGrant> liveGrant(String key) {
    String stored = redis.opsForValue().get(key);
    if (stored == null) {
      return Optional.empty();
    }
    TokenGrant grant = json.readValue(stored, TokenGrant.class);
    boolean live =
        clock.instant().isBefore(grant.expiresAt())
            && grant.generation() == generationOf(grant.userId());
    return live ? Optional.of(grant) : Optional.empty();
  }

  private long generationOf(String userId) {
    String value = redis.opsForValue().get(SandboxKeys.generation(userId));
    return value == null ? 0 : Long.parseLong(value);
  }

  /** Redis forgets the entry when it expires; the sandbox clock still decides validity. */
  private void store(String key, Object value, Instant now, Instant expiresAt) {
    Duration ttl = Duration.between(now, expiresAt);
    redis
        .opsForValue()
        .set(key, json.writeValueAsString(value), ttl.isNegative() ? Duration.ofSeconds(1) : ttl);
  }

  private static OAuthException invalidGrant(String description) {
    return new OAuthException(OAuthError.INVALID_GRANT, description);
  }
}
