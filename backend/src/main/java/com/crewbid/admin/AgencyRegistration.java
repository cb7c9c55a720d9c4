package com.crewbid.admin;

import com.crewbid.agency.AgencyProfiles;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.UserAccounts;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantProvisioning;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.tenancy.TenantSummary;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers an agency for a platform admin: provisions its schema, creates its owner, writes its
 * profile and its first audit entries. If a step after provisioning fails, the agency is removed
 * again, so no half-made agency is left.
 */
@Service
public class AgencyRegistration {

  /** What an admin asks for. {@code ownerPassword} may be null: one is generated then. */
  public record Request(
      String name,
      String slug,
      String ownerEmail,
      String ownerName,
      String ownerPassword,
      String timezone,
      String defaultCurrency) {}

  /** The new agency, and the owner's password when it was generated (shown once, never stored). */
  public record Registered(TenantSummary tenant, String ownerEmail, String ownerInitialPassword) {}

  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TenantProvisioning provisioning;
  private final TenantCatalog catalog;
  private final TenantScope tenantScope;
  private final UserAccounts accounts;
  private final AgencyProfiles profiles;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  AgencyRegistration(
      TenantProvisioning provisioning,
      TenantCatalog catalog,
      TenantScope tenantScope,
      UserAccounts accounts,
      AgencyProfiles profiles,
      AuditLog audit,
      TransactionTemplate tx) {
    this.provisioning = provisioning;
    this.catalog = catalog;
    this.tenantScope = tenantScope;
    this.accounts = accounts;
    this.profiles = profiles;
    this.audit = audit;
    this.tx = tx;
  }

  public Registered register(Request request) {
    if (catalog.slugTaken(request.slug())) {
      throw ProblemException.fieldConflict(
          "slug", "This address is already taken by another agency.");
    }
    if (accounts.emailTaken(request.ownerEmail())) {
      throw ProblemException.fieldConflict(
          "ownerEmail", "An account with this e-mail already exists.");
    }
    TenantSummary tenant;
    try {
      tenant = provisioning.provision(request.slug(), request.name());
    } catch (TenantProvisioning.SlugTakenException e) {
      throw ProblemException.fieldConflict("slug", e.getMessage());
    }
    TenantId id = tenant.id();
    String generated = request.ownerPassword() == null ? generatePassword() : null;
    String password = Optional.ofNullable(request.ownerPassword()).orElse(generated);
    try {
      tx.executeWithoutResult(
          status -> accounts.createOwner(id, request.ownerEmail(), request.ownerName(), password));
      tenantScope.runAs(
          id,
          () -> {
            profiles.create(
                request.name(),
                Optional.ofNullable(request.timezone()).orElse("UTC"),
                Optional.ofNullable(request.defaultCurrency()).orElse("USD"));
            audit.record(
                "agency.created",
                request.name(),
                AuditOutcome.SUCCESS,
                Map.of("slug", request.slug(), "schema", tenant.schemaName()));
            audit.record(
                "member.added",
                request.ownerEmail(),
                AuditOutcome.SUCCESS,
                Map.of("role", "OWNER"));
          });
    } catch (RuntimeException e) {
      provisioning.discard(id);
      throw e;
    }
    return new Registered(tenant, request.ownerEmail(), generated);
  }

  public TenantSummary suspend(TenantId id) {
    TenantSummary tenant = catalog.suspend(id);
    tenantScope.runAs(id, () -> audit.record("agency.suspended", tenant.name()));
    return tenant;
  }

  public TenantSummary restore(TenantId id) {
    TenantSummary tenant = catalog.restore(id);
    tenantScope.runAs(id, () -> audit.record("agency.restored", tenant.name()));
    return tenant;
  }

  private static String generatePassword() {
    StringBuilder password = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
