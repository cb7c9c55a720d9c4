package com.crewbid.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a pooled connection switched to the tenant's schema with {@link
 * Connection#setSchema}, and switches it back to {@code platform} before it returns to the pool.
 * (The pool also resets a changed schema on return; this makes it explicit.)
 */
class SchemaPerTenantConnections implements MultiTenantConnectionProvider<String> {

  static final String PLATFORM_SCHEMA = "platform";

  private final transient DataSource dataSource;

  SchemaPerTenantConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection getAnyConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public Connection getConnection(String schema) throws SQLException {
    Connection connection = getAnyConnection();
    try {
      connection.setSchema(schema);
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void releaseConnection(String schema, Connection connection) throws SQLException {
    try {
      connection.setSchema(PLATFORM_SCHEMA);
    } finally {
      connection.close();
    }
  }

  @Override
  public boolean supportsAggressiveRelease() {
    return false;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> unwrapType) {
    return unwrapType.isInstance(this);
  }

  @Override
  public <T> T unwrap(Class<T> unwrapType) {
    return unwrapType.cast(this);
  }
}
