package com.crewbid.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded PostgreSQL on its own, for benchmarks and local tools: {@code java -cp
 * crewbid.jar -Dloader.main=com.crewbid.embedded.StandalonePostgres
 * org.springframework.boot.loader.launch.PropertiesLauncher PORT DATA_DIR}. Database {@code
 * postgres}, user {@code postgres}, no password; stops on Ctrl-C or SIGTERM.
 */
public final class StandalonePostgres {

  private StandalonePostgres() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 54329;
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setServerConfig("max_connections", "300")
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off");
    if (args.length > 1) {
      builder.setDataDirectory(Path.of(args[1])).setCleanDataDirectory(false);
    }
    EmbeddedPostgres postgres = builder.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    postgres.close();
                  } catch (Exception ignored) {
                    // exiting anyway
                  }
                }));
    System.err.println("PostgreSQL ready: " + postgres.getJdbcUrl("postgres", "postgres"));
    new CountDownLatch(1).await();
  }
}
