package com.crewbid.tenancy.internal;

import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.TenantDirectory;
import com.crewbid.tenancy.UnknownTenantException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks schemas up in the catalog. A tenant's schema name never changes, so lookups are cached for
 * the life of the process; plain JDBC keeps the lookup out of any JPA session.
 */
@Component
class CatalogTenantDirectory implements TenantDirectory {

  private final JdbcClient jdbc;
  private final Map<UUID, String> schemas = new ConcurrentHashMap<>();

  CatalogTenantDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String schemaOf(TenantId tenant) {
    String cached = schemas.get(tenant.value());
    if (cached != null) {
      return cached;
    }
    String schema =
        jdbc.sql(
                "select schema_name from platform.tenants where id = ? and status <> 'PROVISIONING'")
            .param(tenant.value())
            .query(String.class)
            .optional()
            .orElseThrow(() -> new UnknownTenantException(tenant));
    schemas.put(tenant.value(), schema);
    return schema;
  }
}
