package com.crewbid.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Chooses the real PostgreSQL and Redis the tests run against, once per JVM, and says which:
 *
 * <ol>
 *   <li>servers given by configuration ({@code spring.datasource.url}, {@code
 *       spring.data.redis.port} as system properties or environment variables);
 *   <li>otherwise Testcontainers, where a Docker engine answers;
 *   <li>otherwise the application's own embedded servers (PostgreSQL binaries from a Maven
 *       artifact, redis-server from embedded-redis), started by {@code EmbeddedInfrastructure}.
 * </ol>
 */
public final class TestInfrastructure {

  private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
  private static boolean chosen;

  private TestInfrastructure() {}

  public static synchronized void choose() {
    if (chosen) {
      return;
    }
    chosen = true;
    if (configured("spring.datasource.url", "SPRING_DATASOURCE_URL")) {
      log.info("Test infrastructure: configured servers");
      return;
    }
    if (dockerAvailable()) {
      PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse("postgres:18"));
      postgres.start();
      System.setProperty("spring.datasource.url", postgres.getJdbcUrl());
      System.setProperty("spring.datasource.username", postgres.getUsername());
      System.setProperty("spring.datasource.password", postgres.getPassword());
      GenericContainer<?> redis =
          new GenericContainer<>(DockerImageName.parse("redis:7")).withExposedPorts(6379);
      redis.start();
      System.setProperty("spring.data.redis.host", redis.getHost());
      System.setProperty("spring.data.redis.port", String.valueOf(redis.getMappedPort(6379)));
      log.info("Test infrastructure: Testcontainers (PostgreSQL 18, Redis 7)");
    } else {
      log.info("Test infrastructure: no Docker engine, so embedded PostgreSQL 18 and Redis");
    }
  }

  private static boolean configured(String property, String env) {
    return System.getProperty(property) != null || System.getenv(env) != null;
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
