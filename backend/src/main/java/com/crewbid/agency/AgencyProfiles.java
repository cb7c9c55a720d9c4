package com.crewbid.agency;

import com.crewbid.agency.internal.AgencyProfileRecord;
import com.crewbid.agency.internal.AgencyProfileRecords;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.CurrentTenant;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantContext;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and edits the current agency's profile; every change is audited. */
@Service
public class AgencyProfiles {

  private final AgencyProfileRecords profiles;
  private final TenantCatalog catalog;
  private final AuditLog audit;

  AgencyProfiles(AgencyProfileRecords profiles, TenantCatalog catalog, AuditLog audit) {
    this.profiles = profiles;
    this.catalog = catalog;
    this.audit = audit;
  }

  /** Creates the profile of a freshly provisioned agency (inside its tenant scope). */
  @Transactional
  public AgencyProfile create(String name, String timezone, String defaultCurrency) {
    CurrentTenant tenant = TenantContext.require("AgencyProfiles.create");
    AgencyProfileRecord record =
        profiles.save(
            AgencyProfileRecord.create(tenant.id().value(), name, timezone, defaultCurrency));
    return view(record);
  }

  @Transactional(readOnly = true)
  public AgencyProfile current() {
    return view(load());
  }

  /**
   * Applies a change made against {@code expectedVersion}.
   *
   * @throws ProblemException of type stale-version when someone else saved in between
   */
  @Transactional
  public AgencyProfile update(long expectedVersion, AgencyProfileChange change) {
    AgencyProfileRecord record = load();
    if (record.version() != expectedVersion) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "Someone else changed the profile in the meantime (now version "
              + record.version()
              + "). Reload and apply your change again.");
    }
    Map<String, Object> changed = record.apply(change);
    if (changed.containsKey("name")) {
      catalog.rename(TenantContext.require("AgencyProfiles.update").id(), change.name());
    }
    profiles.saveAndFlush(record);
    audit.record(
        "agency.profile.updated", record.name(), AuditOutcome.SUCCESS, Map.of("changed", changed));
    return view(record);
  }

  private AgencyProfileRecord load() {
    CurrentTenant tenant = TenantContext.require("AgencyProfiles");
    return profiles
        .findById(tenant.id().value())
        .orElseThrow(() -> ProblemException.notFound("The agency profile"));
  }

  private AgencyProfile view(AgencyProfileRecord record) {
    CurrentTenant tenant = TenantContext.require("AgencyProfiles");
    String slug = catalog.find(tenant.id()).map(t -> t.slug()).orElse(null);
    return record.toView(slug);
  }
}
