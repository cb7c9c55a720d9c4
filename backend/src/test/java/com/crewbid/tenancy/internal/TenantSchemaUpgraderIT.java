package com.crewbid.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The start-up upgrade migrates exactly the schemas the catalog records as behind, several at once
 * but never more than the configured number, and records them as current.
 */
@IntegrationTest
class TenantSchemaUpgraderIT {

  @Autowired JdbcClient jdbc;
  @Autowired TestAgencies agencies;
  @Autowired Environment env;
  @Autowired TenantMigrations real;

  /** Real migrations that count who ran, and how many at once; the first two meet. */
  class WatchedMigrations extends TenantMigrations {

    final Set<String> migrated = ConcurrentHashMap.newKeySet();
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    final CyclicBarrier firstTwo = new CyclicBarrier(2);

    WatchedMigrations() {
      super(
          env.getProperty("spring.datasource.url"),
          env.getProperty("spring.datasource.username", ""),
          env.getProperty("spring.datasource.password", ""));
    }

    @Override
    public String migrate(String schema) {
      int now = running.incrementAndGet();
      mostAtOnce.accumulateAndGet(now, Math::max);
      try {
        if (calls.getAndIncrement() < 2) {
          // Only passes when a second migration runs at the same time: proof of parallelism.
          firstTwo.await(30, TimeUnit.SECONDS);
        }
        migrated.add(schema);
        return super.migrate(schema);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        running.decrementAndGet();
      }
    }
  }

  @Test
  void whenSomeSchemasAreBehindThenOnlyTheyAreMigratedInParallelWithinTheLimit() throws Exception {
    List<String> behind =
        List.of(
            schemaOf(agencies.register("behind")),
            schemaOf(agencies.register("behind")),
            schemaOf(agencies.register("behind")),
            schemaOf(agencies.register("behind")));
    String current = schemaOf(agencies.register("current"));
    for (String schema : behind) {
      jdbc.sql("update platform.tenants set schema_version = '0' where schema_name = ?")
          .param(schema)
          .update();
    }
    WatchedMigrations migrations = new WatchedMigrations();

    new TenantSchemaUpgrader(jdbc, migrations, 2).run(null);

    assertThat(migrations.migrated).containsAll(behind).doesNotContain(current);
    assertThat(migrations.mostAtOnce.get()).isEqualTo(2);
    for (String schema : behind) {
      assertThat(
              jdbc.sql("select schema_version from platform.tenants where schema_name = ?")
                  .param(schema)
                  .query(String.class)
                  .single())
          .isEqualTo(real.latestVersion());
    }
  }

  @Test
  void whenEverySchemaIsCurrentThenNothingIsMigrated() throws Exception {
    agencies.register("all-current");
    jdbc.sql("update platform.tenants set schema_version = ? where status <> 'PROVISIONING'")
        .param(real.latestVersion())
        .update();
    WatchedMigrations migrations = new WatchedMigrations();

    new TenantSchemaUpgrader(jdbc, migrations, 2).run(null);

    assertThat(migrations.migrated).isEmpty();
  }

  private String schemaOf(TestAgencies.Agency agency) {
    return jdbc.sql("select schema_name from platform.tenants where id = ?")
        .param(agency.id().value())
        .query(String.class)
        .single();
  }
}
