package com.crewbid.upwork.sandbox;

import java.util.Collections;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Faults that tests queue for the next responses of an endpoint: Upwork's rate limiting, server
 * errors, latency, malformed JSON, JSON of the wrong shape and the HTML page of its bot protection.
 * Queued in Redis, so each fault is served exactly once across instances.
 */
@Component
@SandboxEnabled
class SandboxFaults {

  /** The endpoints faults can be queued for. */
  enum Target {
    TOKEN,
    GRAPHQL
  }

  enum Kind {
    /** HTTP 429 with Retry-After. */
    RATE_LIMITED(429),
    /** An HTTP 5xx with a JSON body. */
    SERVER_ERROR(500),
    /** The response is delayed, then served normally. */
    LATENCY(200),
    /** A JSON content type with a body cut off mid-way. */
    MALFORMED_JSON(200),
    /** An HTML challenge page, as Upwork's bot protection answers instead of JSON. */
    HTML_PAGE(403),
    /**
     * Well-formed JSON of the wrong shape: every field the query asks for at the top answers a list
     * of numbers; the token endpoint answers a token that is a list.
     */
    WRONG_SHAPE(200);

    private final int defaultStatus;

    Kind(int defaultStatus) {
      this.defaultStatus = defaultStatus;
    }
  }

  /**
   * One queued fault. {@code status} overrides the kind's default status; {@code delayMillis} is
   * for latency; {@code retryAfterSeconds} for 429.
   */
  record Fault(Kind kind, int status, int retryAfterSeconds, long delayMillis) {

    static Fault of(
        Kind kind,
        @Nullable Integer status,
        @Nullable Integer retryAfterSeconds,
        @Nullable Long delayMillis) {
      return new Fault(
          kind,
          status == null ? kind.defaultStatus : status,
          retryAfterSeconds == null ? 1 : retryAfterSeconds,
          delayMillis == null ? 0 : delayMillis);
    }
  }

  private final StringRedisTemplate redis;
  private final JsonMapper json;

  SandboxFaults(StringRedisTemplate redis, JsonMapper json) {
    this.redis = redis;
    this.json = json;
  }

  /** Makes the next {@code count} responses of the target fail this way, after those queued. */
  void inject(Target target, Fault fault, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    redis
        .opsForList()
        .rightPushAll(
            SandboxKeys.faults(target), Collections.nCopies(count, json.writeValueAsString(fault)));
  }

  Optional<Fault> next(Target target) {
    String fault = redis.opsForList().leftPop(SandboxKeys.faults(target));
    return Optional.ofNullable(fault).map(f -> json.readValue(f, Fault.class));
  }

  void clear() {
    for (Target target : Target.values()) {
      redis.delete(SandboxKeys.faults(target));
    }
  }
}
