package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the same work in every agency, suspended ones too, each in its own tenant scope and
 * transaction: what cleans up after Upwork's 24 hours (purges) holds for all content we keep. One
 * agency's failure is logged and does not stop the others.
 */
@Component
public class EveryTenant {

  private static final Logger log = LoggerFactory.getLogger(EveryTenant.class);

  private final TenantCatalog catalog;
  private final TenantScope scope;
  private final TransactionTemplate tx;

  EveryTenant(TenantCatalog catalog, TenantScope scope, TransactionTemplate tx) {
    this.catalog = catalog;
    this.scope = scope;
    this.tx = tx;
  }

  /**
   * Runs {@code work} once per agency and adds up what it counted.
   *
   * @param what names the work in the log line of a failed agency
   */
  public int sum(String what, IntSupplier work) {
    int total = 0;
    for (TenantId tenant : catalog.ids(null)) {
      try {
        Integer counted = scope.callAs(tenant, () -> tx.execute(status -> work.getAsInt()));
        total += counted == null ? 0 : counted;
      } catch (RuntimeException e) {
        log.error("{} failed in tenant {}", what, tenant, e);
      }
    }
    return total;
  }
}
