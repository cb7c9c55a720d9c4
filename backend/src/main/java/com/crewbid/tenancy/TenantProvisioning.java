package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.internal.TenantMigrations;
import com.crewbid.tenancy.internal.TenantRecord;
import com.crewbid.tenancy.internal.TenantRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates an agency: a catalog entry and its own schema, migrated to the current version. Runs
 * outside any caller's transaction (DDL); a failure removes what was made, so nothing half-made
 * stays behind.
 */
@Service
public class TenantProvisioning {

  private static final Logger log = LoggerFactory.getLogger(TenantProvisioning.class);

  private final TenantRecords records;
  private final TenantMigrations migrations;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;

  TenantProvisioning(
      TenantRecords records,
      TenantMigrations migrations,
      TransactionTemplate tx,
      ApplicationEventPublisher events) {
    this.records = records;
    this.migrations = migrations;
    this.tx = tx;
    this.events = events;
  }

  /**
   * Provisions a tenant with a fresh id.
   *
   * @throws SlugTakenException when another agency uses the slug
   */
  public TenantSummary provision(String slug, String name) {
    return provision(TenantId.random(), slug, name);
  }

  public TenantSummary provision(TenantId id, String slug, String name) {
    long started = System.nanoTime();
    TenantRecord created =
        tx.execute(
            status -> {
              if (records.existsBySlug(slug)) {
                throw new SlugTakenException(slug);
              }
              return records.saveAndFlush(TenantRecord.provisioning(id, slug, name));
            });
    String schema = created.schemaName();
    try {
      String version = migrations.migrate(schema);
      TenantSummary ready =
          tx.execute(
              status -> {
                TenantRecord tenant = records.findById(id.value()).orElseThrow();
                tenant.activate(version);
                return tenant.toSummary();
              });
      events.publishEvent(new TenantProvisioned(id, slug));
      log.info(
          "Provisioned tenant {} ({}) in schema {} at version {} in {} ms",
          id,
          slug,
          schema,
          version,
          (System.nanoTime() - started) / 1_000_000);
      return ready;
    } catch (RuntimeException e) {
      log.error("Provisioning tenant {} failed; removing schema {}", id, schema, e);
      migrations.drop(schema);
      tx.executeWithoutResult(status -> records.deleteById(id.value()));
      throw e;
    }
  }

  /**
   * Removes an agency whose set-up could not be completed: its schema, its catalog entry and (by
   * cascade) its memberships.
   */
  public void discard(TenantId id) {
    records
        .findById(id.value())
        .ifPresent(
            tenant -> {
              migrations.drop(tenant.schemaName());
              tx.executeWithoutResult(status -> records.deleteById(id.value()));
              log.warn("Discarded tenant {} and its schema {}", id, tenant.schemaName());
            });
  }

  /** The slug of a new agency is already in use. */
  public static class SlugTakenException extends RuntimeException {
    public SlugTakenException(String slug) {
      super("The address '" + slug + "' is already taken by another agency.");
    }
  }
}
