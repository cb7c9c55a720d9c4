package com.crewbid.identity.ratelimit;

import io.lettuce.core.RedisClient;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Rate limits and lockout over the application's Redis. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitSettings.class, LockoutSettings.class})
class RateLimitConfiguration {

  @Bean
  RateLimits rateLimits(RedisConnectionFactory connections, RateLimitSettings settings) {
    // Bucket4j talks to Redis through Lettuce directly; the client Spring Boot configured from
    // spring.data.redis.* (host, port, password, TLS) is reused for that.
    if (!(connections instanceof LettuceConnectionFactory lettuce)
        || !(lettuce.getNativeClient() instanceof RedisClient client)) {
      throw new IllegalStateException(
          "Rate limits need a standalone Redis reached through Lettuce (spring.data.redis.*)");
    }
    return new RateLimits(client, settings.policies(), Clock.systemUTC());
  }

  @Bean
  LoginLockout loginLockout(StringRedisTemplate redis, LockoutSettings settings) {
    return new LoginLockout(redis, settings, Clock.systemUTC());
  }
}
