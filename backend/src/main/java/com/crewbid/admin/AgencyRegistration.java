package com.crewbid.admin;

import com.crewbid.agency.AgencyFounding;
import com.crewbid.identity.AdminActions;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.UserAccounts;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.tenancy.TenantSummary;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Registers agencies for a platform admin (with a new owner account), suspends and restores them.
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

  private final AgencyFounding founding;
  private final TenantCatalog catalog;
  private final TenantScope tenantScope;
  private final UserAccounts accounts;
  private final AuditLog audit;
  private final AdminActions adminActions;

  AgencyRegistration(
      AgencyFounding founding,
      TenantCatalog catalog,
      TenantScope tenantScope,
      UserAccounts accounts,
      AuditLog audit,
      AdminActions adminActions) {
    this.founding = founding;
    this.catalog = catalog;
    this.tenantScope = tenantScope;
    this.accounts = accounts;
    this.audit = audit;
    this.adminActions = adminActions;
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
    if (request.ownerPassword() != null) {
      accounts.requireAcceptablePassword(
          "ownerPassword", request.ownerPassword(), request.ownerEmail(), request.ownerName());
    }
    String generated = request.ownerPassword() == null ? generatePassword() : null;
    String password = Optional.ofNullable(request.ownerPassword()).orElse(generated);
    AgencyFounding.Charter charter =
        new AgencyFounding.Charter(
            request.name(),
            request.slug(),
            Optional.ofNullable(request.timezone()).orElse("UTC"),
            Optional.ofNullable(request.defaultCurrency()).orElse("USD"));
    TenantSummary tenant =
        founding.found(
            charter,
            id -> {
              accounts.createOwner(id, request.ownerEmail(), request.ownerName(), password);
              return request.ownerEmail();
            });
    return new Registered(tenant, request.ownerEmail(), generated);
  }

  public TenantSummary suspend(TenantId id) {
    TenantSummary tenant = catalog.suspend(id);
    tenantScope.runAs(id, () -> audit.record("agency.suspended", tenant.name()));
    adminActions.tookPlaceOn(tenant, "admin.agency-suspended", "suspended the agency");
    return tenant;
  }

  public TenantSummary restore(TenantId id) {
    TenantSummary tenant = catalog.restore(id);
    tenantScope.runAs(id, () -> audit.record("agency.restored", tenant.name()));
    adminActions.tookPlaceOn(tenant, "admin.agency-restored", "restored the agency");
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
