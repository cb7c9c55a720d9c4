package com.crewbid.upwork.client;

import com.crewbid.upwork.UpworkTokens;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UpworkClientProperties.class)
class UpworkClientConfiguration {

  /** Upwork's token endpoint as everything but the GraphQL client reaches it. */
  @Bean
  UpworkTokenEndpoint upworkTokenEndpoint(
      UpworkClientProperties properties, RedisConnectionFactory connections, MeterRegistry meters) {
    return new UpworkTokenEndpoint(properties, lettuce(connections), meters);
  }

  @Bean
  UpworkClient upworkClient(
      UpworkTokens tokens,
      ObjectProvider<UpworkGrantLosses> grantLosses,
      UpworkClientProperties properties,
      RedisConnectionFactory connections,
      MeterRegistry meters,
      Environment env,
      @Value("${crewbid.upwork.oauth.client-id:}") String apiKey) {
    UpworkGrantLosses told =
        (caller, reason) -> grantLosses.ifAvailable(losses -> losses.grantLost(caller, reason));
    return new UpworkClient(
        tokens, told, () -> graphqlUri(env), properties, lettuce(connections), apiKey, meters);
  }

  /**
   * Upwork's endpoint from {@code crewbid.upwork.oauth.graphql-uri}, else the sandbox on this
   * server (whose port is known once the server runs, hence asked on first use). This repeats the
   * rule of the sign-in's client registration, which lives inside {@code identity} and is not part
   * of its API.
   */
  static String graphqlUri(Environment env) {
    String configured = env.getProperty("crewbid.upwork.oauth.graphql-uri");
    if (StringUtils.hasText(configured)) {
      return configured;
    }
    return "http://localhost:"
        + env.getProperty("local.server.port", env.getProperty("server.port", "8080"))
        + "/upwork-sandbox/graphql";
  }

  /** Bucket4j and the budget script use Lettuce directly, with Spring Boot's Redis settings. */
  static RedisClient lettuce(RedisConnectionFactory connections) {
    if (!(connections instanceof LettuceConnectionFactory lettuce)
        || !(lettuce.getNativeClient() instanceof RedisClient client)) {
      throw new IllegalStateException(
          "The Upwork client's limits need a standalone Redis reached through Lettuce");
    }
    return client;
  }
}
