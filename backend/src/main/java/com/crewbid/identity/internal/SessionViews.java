package com.crewbid.identity.internal;

import com.crewbid.shared.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Builds the {@link SessionView} of a request. */
@Component
public class SessionViews {

  /** The session attribute that holds the selected agency's tenant id. */
  public static final String SELECTED_TENANT = "crewbid.selectedTenant";

  private final AgencySelection agencies;
  private final UserRecords users;
  private final SignIns signIns;
  private final SmsChannel sms;

  SessionViews(AgencySelection agencies, UserRecords users, SignIns signIns, SmsChannel sms) {
    this.agencies = agencies;
    this.users = users;
    this.signIns = signIns;
    this.sms = sms;
  }

  public SessionView of(Authentication auth, HttpServletRequest request) {
    if (auth == null || !(auth.getPrincipal() instanceof CrewbidPrincipal principal)) {
      return SessionView.anonymous();
    }
    boolean mfaEnabled = signIns.hasSecondFactor(principal);
    boolean verified =
        users.findById(principal.userId().value()).map(UserRecord::emailVerified).orElse(false);
    SessionView.User user =
        new SessionView.User(
            principal.userId().value(),
            principal.getUsername(),
            principal.displayName(),
            principal.platformAdmin(),
            verified,
            mfaEnabled);
    if (isMfaPending(auth)) {
      return new SessionView(
          false, user, null, List.of(), true, false, sms.usableAtSignIn(principal.userId()));
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
    HttpSession session = request.getSession(false);
    boolean enrollmentRequired =
        session != null
            && Boolean.TRUE.equals(session.getAttribute(SignIns.MFA_ENROLLMENT_REQUIRED));
    return new SessionView(true, user, agency, memberships, false, enrollmentRequired, false);
  }

  static boolean isMfaPending(Authentication auth) {
    return auth != null
        && auth.getAuthorities().stream()
            .anyMatch(a -> SignIns.MFA_PENDING.equals(a.getAuthority()));
  }

  static Optional<TenantId> selectedTenant(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object value = session == null ? null : session.getAttribute(SELECTED_TENANT);
    return value instanceof UUID id ? Optional.of(TenantId.of(id)) : Optional.empty();
  }
}
