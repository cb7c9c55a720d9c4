package com.crewbid.identity.internal;

import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links sent by e-mail to verify an address or reset a password: random tokens of which
 * only the SHA-256 is stored, with an expiry. Issuing a new one voids the older ones.
 */
@Component
class EmailLinks {

  enum Purpose {
    VERIFY_EMAIL(Duration.ofHours(24)),
    RESET_PASSWORD(Duration.ofMinutes(30));

    final Duration validity;

    Purpose(Duration validity) {
      this.validity = validity;
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  EmailLinks(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new link token for the user; earlier unused ones of the same purpose stop working. */
  String issue(UserId user, Purpose purpose) {
    java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
    jdbc.sql(
            "update platform.email_tokens set used_at = ? where user_id = ? and purpose = ? and used_at is null")
        .params(now, user.value(), purpose.name())
        .update();
    String token = Tokens.newToken();
    jdbc.sql(
            "insert into platform.email_tokens (id, user_id, purpose, token_hash, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            user.value(),
            purpose.name(),
            Tokens.hash(token),
            now,
            java.sql.Timestamp.from(now.toInstant().plus(purpose.validity)))
        .update();
    return token;
  }

  /** Uses a token up and returns its user; 410 link-expired when unknown, used or expired. */
  UserId redeem(String token, Purpose purpose) {
    java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
    return jdbc.sql(
            "update platform.email_tokens set used_at = ? where token_hash = ? and purpose = ?"
                + " and used_at is null and expires_at > ? returning user_id")
        .params(now, Tokens.hash(token == null ? "" : token), purpose.name(), now)
        .query(UUID.class)
        .optional()
        .map(UserId::of)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.LINK_EXPIRED,
                    "This link has expired or was already used. Ask for a new one."));
  }
}
