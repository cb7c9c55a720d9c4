package com.crewbid.identity.internal;

import com.crewbid.identity.CurrentMember;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Checks, outside any request, whether a session still acts for the member it did when a long-lived
 * request began: the same checks the security filters make on each ordinary request.
 */
@Component
public class SessionLiveness {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final AgencySelection agencies;
  private final Duration absoluteTimeout;
  private final Clock clock;

  SessionLiveness(
      FindByIndexNameSessionRepository<? extends Session> sessions,
      AgencySelection agencies,
      @Value(SessionLifetime.ABSOLUTE_TIMEOUT) Duration absoluteTimeout,
      Clock clock) {
    this.sessions = sessions;
    this.agencies = agencies;
    this.absoluteTimeout = absoluteTimeout;
    this.clock = clock;
  }

  public boolean stillActs(String sessionId, CurrentMember member) {
    Session session = sessions.findById(sessionId);
    if (session == null || session.isExpired()) {
      return false;
    }
    Object context =
        session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    boolean samePerson =
        context instanceof SecurityContext security
            && security.getAuthentication() != null
            && security.getAuthentication().getPrincipal() instanceof CrewbidPrincipal principal
            && principal.userId().equals(member.userId())
            && !SessionViews.isMfaPending(security.getAuthentication());
    return samePerson
        && member.tenantId().value().equals(session.getAttribute(SessionViews.SELECTED_TENANT))
        && !SessionLifetime.outlived(
            session.getAttribute(UserSessions.STARTED_AT), absoluteTimeout, clock.instant())
        && agencies
            .membership(member.userId(), member.tenantId())
            .filter(m -> m.tenant().isActive())
            .isPresent();
  }
}
