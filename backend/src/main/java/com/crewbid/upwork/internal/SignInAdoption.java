package com.crewbid.upwork.internal;

import com.crewbid.identity.AgencyEntered;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.UserAccounts;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.upwork.SealedAuthorizedClients;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person who signed in with Upwork is linked already in the agency they enter: the sign-in's
 * tokens (kept under the Upwork user id until then) move into their link there, Upwork is asked who
 * they are, and their profile is imported. Nothing here may fail the sign-in: problems are logged,
 * and the member can still link by hand.
 */
@Component
class SignInAdoption {

  private static final Logger log = LoggerFactory.getLogger(SignInAdoption.class);

  private final UserAccounts accounts;
  private final SealedAuthorizedClients vault;
  private final Links links;
  private final LinkIdentities identities;
  private final TenantScope tenantScope;
  private final AuditLog audit;
  private final ProfileSync sync;

  SignInAdoption(
      UserAccounts accounts,
      SealedAuthorizedClients vault,
      Links links,
      LinkIdentities identities,
      TenantScope tenantScope,
      AuditLog audit,
      ProfileSync sync) {
    this.sync = sync;
    this.accounts = accounts;
    this.vault = vault;
    this.links = links;
    this.identities = identities;
    this.tenantScope = tenantScope;
    this.audit = audit;
  }

  @EventListener
  void on(AgencyEntered entered) {
    try {
      Optional<String> upworkUser = accounts.upworkAccountOf(entered.user());
      if (upworkUser.isEmpty() || !vault.holds(Links.REGISTRATION, upworkUser.get())) {
        return;
      }
      tenantScope.runAs(
          entered.tenant(),
          () -> {
            if (links.adoptSignIn(entered.user(), upworkUser.get())) {
              audit.record(
                  "upwork.linked",
                  upworkUser.get(),
                  AuditOutcome.SUCCESS,
                  Map.of("via", "sign-in-with-upwork"));
              identities.refresh(entered.user());
              sync.start(entered.user());
            }
          });
    } catch (RuntimeException e) {
      log.warn(
          "Could not link the Upwork sign-in of {} in agency {}: {}",
          entered.user(),
          entered.tenant(),
          e.getClass().getSimpleName());
    }
  }
}
