package com.crewbid.tenancy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

/**
 * Creates and migrates tenant schemas with Flyway from {@code db/migration/tenant}.
 *
 * <p>Flyway gets its own unpooled connections: it switches {@code search_path} on the connections
 * it uses, and those must never go back to the application's pool.
 */
@Component
public class TenantMigrations {

  static final String LOCATION = "classpath:db/migration/tenant";
  private static final Pattern VERSIONED = Pattern.compile("^V([0-9._]+)__.*\\.sql$");
  private static final Pattern SCHEMA = Pattern.compile("^tenant_[0-9a-f]{32}$");

  private final DataSource migrationDataSource;
  private final String latestVersion;

  TenantMigrations(
      @Value("${spring.datasource.url}") String url,
      @Value("${spring.datasource.username:}") String username,
      @Value("${spring.datasource.password:}") String password) {
    this.migrationDataSource =
        new SimpleDriverDataSource(new org.postgresql.Driver(), url, username, password);
    this.latestVersion = scanLatestVersion();
  }

  /** The version every tenant schema reaches once migrated: the newest script's. */
  public String latestVersion() {
    return latestVersion;
  }

  /**
   * Creates the schema when missing and applies pending migrations; returns the version reached.
   */
  public String migrate(String schema) {
    requireTenantSchema(schema);
    Flyway.configure()
        .dataSource(migrationDataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .load()
        .migrate();
    return latestVersion;
  }

  /** Removes a tenant's schema and everything in it. */
  public void drop(String schema) {
    requireTenantSchema(schema);
    try (Connection c = migrationDataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop schema " + schema, e);
    }
  }

  private static void requireTenantSchema(String schema) {
    if (!SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException("Not a tenant schema name: " + schema);
    }
  }

  private static String scanLatestVersion() {
    try {
      Resource[] scripts =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:db/migration/tenant/**/V*__*.sql");
      return Arrays.stream(scripts)
          .map(Resource::getFilename)
          .map(VERSIONED::matcher)
          .filter(Matcher::matches)
          .map(m -> MigrationVersion.fromVersion(m.group(1).replace('_', '.')))
          .max(MigrationVersion::compareTo)
          .map(MigrationVersion::getVersion)
          .orElseThrow(() -> new IllegalStateException("No tenant migrations on the classpath"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
