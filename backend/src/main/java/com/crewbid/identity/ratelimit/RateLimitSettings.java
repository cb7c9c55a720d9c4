package com.crewbid.identity.ratelimit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code crewbid.rate-limits.policies.<name>.capacity} and {@code .period}. */
@ConfigurationProperties("crewbid.rate-limits")
record RateLimitSettings(Map<String, RateLimits.Policy> policies) {

  RateLimitSettings {
    policies = policies == null ? Map.of() : Map.copyOf(policies);
  }
}
