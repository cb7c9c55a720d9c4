package com.crewbid.agency;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.tenancy.TenantProvisioning;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.tenancy.TenantSummary;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Founds an agency: provisions its schema, makes its first owner, writes its profile and its first
 * audit entries. If a step after provisioning fails, the agency is removed again, so no half-made
 * agency is left.
 */
@Service
public class AgencyFounding {

  /** The agency to found. */
  public record Charter(String name, String slug, String timezone, String defaultCurrency) {}

  private final TenantProvisioning provisioning;
  private final TenantScope tenantScope;
  private final AgencyProfiles profiles;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  AgencyFounding(
      TenantProvisioning provisioning,
      TenantScope tenantScope,
      AgencyProfiles profiles,
      AuditLog audit,
      TransactionTemplate tx) {
    this.provisioning = provisioning;
    this.tenantScope = tenantScope;
    this.profiles = profiles;
    this.audit = audit;
    this.tx = tx;
  }

  /**
   * @param makeOwner makes the first owner of the new agency (in a transaction) and returns their
   *     e-mail
   */
  public TenantSummary found(Charter charter, Function<TenantId, String> makeOwner) {
    TenantSummary tenant;
    try {
      tenant = provisioning.provision(charter.slug(), charter.name());
    } catch (TenantProvisioning.SlugTakenException e) {
      throw ProblemException.fieldConflict("slug", e.getMessage());
    }
    TenantId id = tenant.id();
    try {
      String ownerEmail = tx.execute(status -> makeOwner.apply(id));
      tenantScope.runAs(
          id,
          () -> {
            profiles.create(charter.name(), charter.timezone(), charter.defaultCurrency());
            audit.record(
                "agency.created",
                charter.name(),
                AuditOutcome.SUCCESS,
                Map.of("slug", charter.slug(), "schema", tenant.schemaName()));
            audit.record("member.added", ownerEmail, AuditOutcome.SUCCESS, Map.of("role", "OWNER"));
          });
      return tenant;
    } catch (RuntimeException e) {
      provisioning.discard(id);
      throw e;
    }
  }
}
