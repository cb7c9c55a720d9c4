package com.crewbid.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;
import redis.embedded.RedisServer;

/**
 * Gives the application a real PostgreSQL and a real Redis when the configuration names none.
 *
 * <p>With {@code spring.datasource.url} unset (and {@code crewbid.embedded.enabled} not false) it
 * starts PostgreSQL from the binaries shipped in a Maven artifact; with none of {@code
 * spring.data.redis.url}, {@code .host}, {@code .port}, {@code .sentinel.nodes} and {@code
 * .cluster.nodes} set it starts redis-server likewise (setting any of them, by property or
 * environment variable, means "use that Redis": Spring Boot's defaults fill in the rest). Servers
 * start once per JVM and are shared by every application context in it (tests start several); they
 * stop when the JVM exits. The log says which servers are used.
 *
 * <p>With {@code crewbid.embedded.data-dir} set (the demo) both keep their data there between runs:
 * PostgreSQL in the folder itself, Redis (sessions, limits, the Upwork sandbox's grants and
 * proposals) in its {@code redis} subfolder, as an append-only file fsynced every second plus RDB
 * snapshots, so that what the database remembers and what Redis remembers stay together (delete the
 * folder to start both from scratch). Without it (tests) Redis keeps nothing on disk.
 */
public class EmbeddedInfrastructure implements EnvironmentPostProcessor, Ordered {

  private static final String DATABASE = "crewbid";

  /** Any of these names a Redis to use. */
  static final List<String> REDIS_SETTINGS =
      List.of(
          "spring.data.redis.url",
          "spring.data.redis.host",
          "spring.data.redis.port",
          "spring.data.redis.sentinel.nodes",
          "spring.data.redis.cluster.nodes");

  private static EmbeddedPostgres postgres;
  private static RedisServer redis;
  private static int redisPort;

  private final Log log;

  public EmbeddedInfrastructure(DeferredLogFactory logFactory) {
    this.log = logFactory.getLog(EmbeddedInfrastructure.class);
  }

  @Override
  public int getOrder() {
    // After the configuration files are read, so their settings decide.
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.getProperty("crewbid.embedded.enabled", Boolean.class, true)) {
      return;
    }
    Map<String, Object> props = new HashMap<>();
    if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
      log.info(
          "PostgreSQL: using the configured server "
              + redact(env.getProperty("spring.datasource.url")));
    } else {
      EmbeddedPostgres server = startPostgres(env.getProperty("crewbid.embedded.data-dir"));
      props.put("spring.datasource.url", server.getJdbcUrl("postgres", DATABASE));
      props.put("spring.datasource.username", "postgres");
      props.put("spring.datasource.password", "");
      log.info("PostgreSQL: embedded server (zonky, PostgreSQL 18) on port " + server.getPort());
    }
    if (REDIS_SETTINGS.stream().anyMatch(name -> StringUtils.hasText(env.getProperty(name)))) {
      log.info("Redis: using the configured server");
    } else {
      Path redisDir = redisDataDir(env.getProperty("crewbid.embedded.data-dir"));
      int port = startRedis(redisDir);
      props.put("spring.data.redis.host", "127.0.0.1");
      props.put("spring.data.redis.port", port);
      log.info(
          "Redis: embedded redis-server on port "
              + port
              + (redisDir == null ? " (nothing kept on disk)" : ", data in " + redisDir));
    }
    if (!props.isEmpty()) {
      env.getPropertySources()
          .addFirst(new MapPropertySource("crewbid-embedded-infrastructure", props));
    }
  }

  private static synchronized EmbeddedPostgres startPostgres(String dataDir) {
    if (postgres != null) {
      return postgres;
    }
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "200")
              .setServerConfig("fsync", StringUtils.hasText(dataDir) ? "on" : "off")
              .setServerConfig("synchronous_commit", StringUtils.hasText(dataDir) ? "on" : "off");
      if (StringUtils.hasText(dataDir)) {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        builder.setDataDirectory(dir).setCleanDataDirectory(false);
      }
      postgres = builder.start();
      createDatabaseIfMissing(postgres);
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres server) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
      if (!rs.next()) {
        s.execute("create database " + DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the database " + DATABASE, e);
    }
  }

  /**
   * Where the embedded Redis keeps its data, if there is a data dir: the folder beside it named
   * {@code <data-dir>-redis}, never inside it (the data dir is PostgreSQL's PGDATA, where initdb
   * wants an empty folder and pg_upgrade or pg_basebackup no foreign files).
   */
  static @Nullable Path redisDataDir(@Nullable String dataDir) {
    if (!StringUtils.hasText(dataDir)) {
      return null;
    }
    Path pgdata = Path.of(dataDir).toAbsolutePath().normalize();
    return pgdata.resolveSibling(pgdata.getFileName() + "-redis");
  }

  /**
   * The redis-server settings: persistent in {@code dir} (append-only file and snapshots), or not.
   */
  static List<String> redisSettings(@Nullable Path dir) {
    if (dir == null) {
      return List.of("save \"\"", "appendonly no");
    }
    String quoted = dir.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    return List.of(
        "dir \"" + quoted + "\"",
        "appendonly yes",
        "appendfsync everysec",
        "save 900 1",
        "save 60 100");
  }

  private static synchronized int startRedis(@Nullable Path dir) {
    if (redis != null) {
      return redisPort;
    }
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      redisPort = freePort();
      var builder = RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort);
      redisSettings(dir).forEach(builder::setting);
      redis = builder.build();
      redis.start();
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedInfrastructure::stopRedis));
      return redisPort;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded Redis", e);
    }
  }

  private static void stopRedis() {
    try {
      redis.stop();
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static String redact(String url) {
    return url == null ? "" : url.replaceAll("password=[^&]*", "password=***");
  }
}
