package com.crewbid.tenancy.internal;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings every tenant schema to the current version at start-up, before the application reports
 * itself ready. Tenants the catalog already records at the current version are skipped with one
 * query, so start-up does not grow with tenants that are current; the rest migrate in parallel with
 * bounded concurrency.
 */
@Component
@Order(0)
class TenantSchemaUpgrader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TenantSchemaUpgrader.class);

  private final JdbcClient jdbc;
  private final TenantMigrations migrations;
  private final int concurrency;

  TenantSchemaUpgrader(
      JdbcClient jdbc,
      TenantMigrations migrations,
      @Value("${crewbid.tenancy.migration-concurrency:4}") int concurrency) {
    this.jdbc = jdbc;
    this.migrations = migrations;
    this.concurrency = Math.max(1, concurrency);
  }

  /** Named like the catalog's columns, which the row mapper matches by name. */
  record Outdated(UUID id, String schemaName) {}

  @Override
  public void run(ApplicationArguments args) throws Exception {
    long started = System.nanoTime();
    String latest = migrations.latestVersion();
    List<Outdated> outdated =
        jdbc.sql(
                "select id, schema_name from platform.tenants"
                    + " where status <> 'PROVISIONING' and schema_version is distinct from ?")
            .param(latest)
            .query(Outdated.class)
            .list();
    if (outdated.isEmpty()) {
      log.info("All tenant schemas are at version {} ({} ms)", latest, elapsedMs(started));
      return;
    }
    log.info(
        "Upgrading {} tenant schemas to version {}, {} at a time",
        outdated.size(),
        latest,
        concurrency);
    Semaphore slots = new Semaphore(concurrency);
    int failed = 0;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> futures =
          outdated.stream()
              .map(t -> pool.submit(() -> upgradeOne(t, latest, slots)))
              .<Future<?>>map(f -> f)
              .toList();
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          failed++;
        }
      }
    }
    if (failed > 0) {
      throw new IllegalStateException(
          failed + " tenant schemas could not be upgraded; see the log");
    }
    log.info("Upgraded {} tenant schemas in {} ms", outdated.size(), elapsedMs(started));
  }

  private Void upgradeOne(Outdated tenant, String latest, Semaphore slots)
      throws InterruptedException {
    slots.acquire();
    MDC.put("tenant", tenant.id().toString());
    try {
      migrations.migrate(tenant.schemaName());
      jdbc.sql("update platform.tenants set schema_version = ?, updated_at = now() where id = ?")
          .param(latest)
          .param(tenant.id())
          .update();
      return null;
    } catch (RuntimeException e) {
      log.error("Could not upgrade schema {}", tenant.schemaName(), e);
      throw e;
    } finally {
      MDC.remove("tenant");
      slots.release();
    }
  }

  private static long elapsedMs(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
