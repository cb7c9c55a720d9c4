package com.crewbid.identity;

import com.crewbid.identity.internal.AgencySelection;
import com.crewbid.identity.internal.CrewbidPrincipal;
import com.crewbid.identity.internal.SessionLiveness;
import com.crewbid.identity.internal.SessionViews;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in person of the current request, and which agency their session works in. */
@Service
public class AgencySessions {

  private final AgencySelection agencies;
  private final ApplicationEventPublisher events;
  private final SessionLiveness liveness;

  AgencySessions(
      AgencySelection agencies, ApplicationEventPublisher events, SessionLiveness liveness) {
    this.agencies = agencies;
    this.events = events;
    this.liveness = liveness;
  }

  /** The signed-in person; throws when nobody is (callers sit behind authenticated endpoints). */
  public UserId currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof CrewbidPrincipal principal) {
      return principal.userId();
    }
    throw new ProblemException(ProblemType.NOT_SIGNED_IN, "Sign in to continue.");
  }

  public java.util.Optional<UserId> currentUserIfAny() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof CrewbidPrincipal principal
        ? java.util.Optional.of(principal.userId())
        : java.util.Optional.empty();
  }

  public String currentEmail() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? null : auth.getName();
  }

  /**
   * Makes the session work in an agency the person belongs to (and remembers it for the next
   * sign-in); the session id changes, as after any change of privilege.
   */
  public void select(TenantId tenant) {
    UserId user = currentUser();
    var membership =
        agencies
            .membership(user, tenant)
            .filter(m -> m.tenant().isActive())
            .orElseThrow(() -> ProblemException.notFound("The agency"));
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(SessionViews.SELECTED_TENANT, membership.tenant().id().value());
    agencies.remember(user, tenant);
    events.publishEvent(new AgencyEntered(tenant, user));
  }

  /**
   * The current request's session for work that outlives the request (a live stream), with the
   * member it acts for; 403 no-agency when the request has no agency.
   */
  public MemberSession currentMemberSession() {
    CurrentMember member = CurrentMember.require();
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    var session = request.getSession(false);
    if (session == null) {
      throw new ProblemException(ProblemType.NOT_SIGNED_IN, "Sign in to continue.");
    }
    String sessionId = session.getId();
    return new MemberSession(member, () -> liveness.stillActs(sessionId, member));
  }
}
