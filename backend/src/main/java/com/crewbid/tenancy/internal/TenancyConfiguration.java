package com.crewbid.tenancy.internal;

import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Routes every Hibernate session to the current tenant's schema. */
@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

  @Bean
  HibernatePropertiesCustomizer schemaPerTenant(DataSource dataSource) {
    return properties -> {
      properties.put(
          MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER,
          new SchemaPerTenantConnections(dataSource));
      properties.put(
          MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new CurrentTenantSchema());
    };
  }

  @Bean
  static TenantRepositoryGuard tenantRepositoryGuard() {
    return new TenantRepositoryGuard();
  }
}
