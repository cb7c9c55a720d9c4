package com.crewbid.identity.internal;

import com.crewbid.shared.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Builds the {@link SessionView} of a request. */
@Component
public class SessionViews {

  /** The session attribute that holds the selected agency's tenant id. */
  public static final String SELECTED_TENANT = "crewbid.selectedTenant";

  private final AgencySelection agencies;

  SessionViews(AgencySelection agencies) {
    this.agencies = agencies;
  }

  public SessionView of(Authentication auth, HttpServletRequest request) {
    if (auth == null || !(auth.getPrincipal() instanceof CrewbidPrincipal principal)) {
      return SessionView.anonymous();
    }
    List<SessionView.Agency> memberships =
        agencies.membershipsOf(principal.userId()).stream()
            .filter(m -> m.tenant().isActive())
            .map(
                m ->
                    new SessionView.Agency(
                        m.tenant().id().value(), m.tenant().name(), m.tenant().slug(), m.role()))
            .toList();
    UUID selected = selectedTenant(request).map(TenantId::value).orElse(null);
    SessionView.Agency agency =
        memberships.stream().filter(a -> a.tenantId().equals(selected)).findFirst().orElse(null);
    return new SessionView(
        true,
        new SessionView.User(
            principal.userId().value(),
            principal.getUsername(),
            principal.displayName(),
            principal.platformAdmin()),
        agency,
        memberships);
  }

  static java.util.Optional<TenantId> selectedTenant(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object value = session == null ? null : session.getAttribute(SELECTED_TENANT);
    return value instanceof UUID id
        ? java.util.Optional.of(TenantId.of(id))
        : java.util.Optional.empty();
  }
}
