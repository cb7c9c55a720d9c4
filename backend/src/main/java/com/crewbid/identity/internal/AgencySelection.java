package com.crewbid.identity.internal;

import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which agencies a person belongs to, and which one a new session starts in. */
@Component
public class AgencySelection {

  /** A membership with the catalog's view of its agency. */
  public record Membership(TenantSummary tenant, AgencyRole role) {}

  private final MembershipRecords memberships;
  private final UserRecords users;
  private final TenantCatalog catalog;

  AgencySelection(MembershipRecords memberships, UserRecords users, TenantCatalog catalog) {
    this.memberships = memberships;
    this.users = users;
    this.catalog = catalog;
  }

  @Transactional(readOnly = true)
  public List<Membership> membershipsOf(UserId user) {
    return memberships.findByUserIdOrderByCreatedAtAsc(user.value()).stream()
        .flatMap(m -> catalog.find(m.tenantId()).map(t -> new Membership(t, m.role())).stream())
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<Membership> membership(UserId user, TenantId tenant) {
    return memberships
        .findByUserIdAndTenantId(user.value(), tenant.value())
        .flatMap(m -> catalog.find(tenant).map(t -> new Membership(t, m.role())));
  }

  @Transactional
  public void remember(UserId user, TenantId tenant) {
    users.findById(user.value()).ifPresent(u -> u.rememberAgency(tenant));
  }

  /**
   * The agency a new session starts in: the one used last if still active, else the first active.
   */
  @Transactional
  public Optional<TenantId> startingAgency(UserId user) {
    List<Membership> active =
        membershipsOf(user).stream().filter(m -> m.tenant().isActive()).toList();
    if (active.isEmpty()) {
      return Optional.empty();
    }
    UserRecord record = users.findById(user.value()).orElseThrow();
    UUID last = record.lastTenantId();
    TenantId chosen =
        active.stream()
            .map(m -> m.tenant().id())
            .filter(id -> id.value().equals(last))
            .findFirst()
            .orElse(active.getFirst().tenant().id());
    record.rememberAgency(chosen);
    return Optional.of(chosen);
  }
}
