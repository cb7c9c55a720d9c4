package com.crewbid.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** Which Redis the application uses: the configured one whenever any Redis setting is given. */
class EmbeddedInfrastructureTest {

  static final String DATABASE = "jdbc:postgresql://db.internal:5432/crewbid";

  final EmbeddedInfrastructure infrastructure =
      new EmbeddedInfrastructure((Supplier<Log> destination) -> destination.get());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "spring.data.redis.host",
        "spring.data.redis.url",
        "spring.data.redis.port",
        "spring.data.redis.sentinel.nodes",
        "spring.data.redis.cluster.nodes"
      })
  void whenAnyRedisSettingIsGivenThenNoEmbeddedRedisReplacesIt(String setting) {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("spring.datasource.url", DATABASE)
            .withProperty(setting, "redis.internal:6379");

    infrastructure.postProcessEnvironment(env, null);

    assertThat(env.getProperty(setting)).isEqualTo("redis.internal:6379");
    assertThat(env.getPropertySources().contains("crewbid-embedded-infrastructure")).isFalse();
  }

  @Test
  void whenOnlyTheHostIsSetByEnvironmentVariableThenItIsKept() {
    ConfigurableEnvironment env = new StandardEnvironment();
    env.getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                "test-environment",
                Map.of(
                    "SPRING_DATA_REDIS_HOST",
                    "redis.internal",
                    "SPRING_DATASOURCE_URL",
                    DATABASE)));

    infrastructure.postProcessEnvironment(env, null);

    assertThat(env.getProperty("spring.data.redis.host")).isEqualTo("redis.internal");
    assertThat(env.getProperty("spring.data.redis.port")).isNull();
  }

  @Test
  void whenNoRedisIsConfiguredThenAnEmbeddedOneIsStartedAndUsed() {
    MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", DATABASE);

    infrastructure.postProcessEnvironment(env, null);

    assertThat(env.getProperty("spring.data.redis.host")).isEqualTo("127.0.0.1");
    assertThat(env.getProperty("spring.data.redis.port", Integer.class)).isPositive();
  }

  @Test
  void whenEmbeddedServersAreSwitchedOffThenNothingIsAdded() {
    MockEnvironment env = new MockEnvironment().withProperty("crewbid.embedded.enabled", "false");

    infrastructure.postProcessEnvironment(env, null);

    assertThat(env.getProperty("spring.data.redis.host")).isNull();
    assertThat(env.getProperty("spring.datasource.url")).isNull();
  }
}
