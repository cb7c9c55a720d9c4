package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work for one tenant: sets {@link TenantContext} and the {@code tenant} log tag, and restores
 * what was there before in {@code finally}. Requests, async work, schedulers and event listeners
 * all enter a tenant through here.
 */
@Component
public class TenantScope {

  /** Work that may throw checked exceptions (a servlet filter chain, for example). */
  @FunctionalInterface
  public interface TenantWork<T, E extends Exception> {
    T run() throws E;
  }

  private final TenantDirectory directory;

  TenantScope(TenantDirectory directory) {
    this.directory = directory;
  }

  public void runAs(TenantId tenant, Runnable work) {
    callAs(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }

  public <T, E extends Exception> T callAs(TenantId tenant, TenantWork<T, E> work) throws E {
    CurrentTenant next = new CurrentTenant(tenant, directory.schemaOf(tenant));
    CurrentTenant previous = TenantContext.current().orElse(null);
    if (!next.equals(previous) && TransactionSynchronizationManager.isActualTransactionActive()) {
      // The open transaction's persistence context is bound to the schema it started with.
      throw new IllegalStateException(
          "Enter TenantScope before the transaction starts, not inside one (tenant "
              + tenant
              + ")");
    }
    String previousTag = MDC.get("tenant");
    TenantContext.swap(next);
    MDC.put("tenant", tenant.toString());
    try {
      return work.run();
    } finally {
      TenantContext.swap(previous);
      if (previousTag == null) {
        MDC.remove("tenant");
      } else {
        MDC.put("tenant", previousTag);
      }
    }
  }
}
