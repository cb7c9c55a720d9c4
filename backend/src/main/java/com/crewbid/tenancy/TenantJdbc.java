package com.crewbid.tenancy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;
import org.hibernate.Session;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * SQL on the current tenant's schema, for what JPA expresses badly (full-text search, upserts, bulk
 * deletes). The statements run on the connection of the transaction's Hibernate session, which the
 * schema routing already switched to the tenant, so unqualified table names are the tenant's and
 * the work joins the caller's transaction. Fails closed like {@link TenantScopedRepository}:
 * without a tenant, or outside a transaction, nothing runs.
 */
@Component
public class TenantJdbc {

  @PersistenceContext private EntityManager entityManager;

  public <T> T call(String what, Function<JdbcClient, T> work) {
    TenantContext.require(what);
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(what + " must run inside a transaction");
    }
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection ->
                work.apply(JdbcClient.create(new SingleConnectionDataSource(connection, true))));
  }
}
