package com.crewbid.identity;

import com.crewbid.identity.internal.AgencySelection;
import com.crewbid.identity.internal.CrewbidPrincipal;
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

  AgencySessions(AgencySelection agencies, ApplicationEventPublisher events) {
    this.agencies = agencies;
    this.events = events;
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
}
