package com.crewbid.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

/**
 * The embedded Redis with the demo's settings keeps what it holds across a restart in the folder
 * beside the data dir ({@code <data-dir>-redis}, not inside PostgreSQL's PGDATA); without a data
 * dir (tests) it keeps nothing on disk.
 */
class EmbeddedRedisPersistenceTest {

  @TempDir Path dataDir;

  @Test
  void whenADataDirIsSetThenRedisKeepsItsDataBesideItAcrossARestart() throws IOException {
    Path pgdata = dataDir.resolve("demo postgres");
    Path dir = EmbeddedInfrastructure.redisDataDir(pgdata.toString());
    assertThat(dir).isEqualTo(dataDir.resolve("demo postgres-redis"));
    assertThat(dir.startsWith(pgdata)).as("not inside PGDATA").isFalse();
    assertThat(EmbeddedInfrastructure.redisDataDir(pgdata + "/")).isEqualTo(dir);
    java.nio.file.Files.createDirectories(dir);

    withRedis(dir, redis -> redis.set("upwork-sandbox:proposal-sequence", "41"));
    String after = withRedis(dir, redis -> redis.get("upwork-sandbox:proposal-sequence"));

    assertThat(after).isEqualTo("41");
    assertThat(dir.resolve("appendonly.aof")).exists();
  }

  @Test
  void withoutADataDirRedisKeepsNothing() throws IOException {
    assertThat(EmbeddedInfrastructure.redisDataDir(null)).isNull();
    assertThat(EmbeddedInfrastructure.redisDataDir(" ")).isNull();
    assertThat(EmbeddedInfrastructure.redisSettings(null)).contains("appendonly no", "save \"\"");
  }

  private static <T> T withRedis(
      Path dir, Function<io.lettuce.core.api.sync.RedisCommands<String, String>, T> work)
      throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var builder = RedisServer.newRedisServer().bind("127.0.0.1").port(port);
    EmbeddedInfrastructure.redisSettings(dir).forEach(builder::setting);
    RedisServer server = builder.build();
    server.start();
    RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      return work.apply(connection.sync());
    } finally {
      client.shutdown();
      server.stop();
    }
  }
}
