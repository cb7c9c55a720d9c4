package com.crewbid.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantDirectory;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A connection switched to a tenant's schema goes back to the pool on {@code platform}. */
@IntegrationTest
class SchemaSwitchIT {

  @Autowired DataSource dataSource;
  @Autowired TenantDirectory directory;
  @Autowired TestAgencies agencies;

  @Test
  void whenATenantConnectionIsReleasedThenEveryPooledConnectionIsOnThePlatformSchemaAgain()
      throws Exception {
    String schema = directory.schemaOf(agencies.register("switch").id());
    SchemaPerTenantConnections connections = new SchemaPerTenantConnections(dataSource);

    Connection tenant = connections.getConnection(schema);
    assertThat(tenant.getSchema()).isEqualTo(schema);
    connections.releaseConnection(schema, tenant);

    // The test pool holds two connections: borrow both, whichever the tenant's was.
    try (Connection a = dataSource.getConnection();
        Connection b = dataSource.getConnection()) {
      assertThat(a.getSchema()).isEqualTo("platform");
      assertThat(b.getSchema()).isEqualTo("platform");
    }
  }
}
