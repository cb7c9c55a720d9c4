package com.crewbid.identity.internal;

import com.crewbid.identity.AuditLog;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.TenantScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the SPA's sign-in with JSON: the new session on success (the session id was already
 * rotated by then), a problem on failure. A wrong e-mail and a wrong password look the same.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private static final Logger log = LoggerFactory.getLogger(SignInHandlers.class);

  private final AgencySelection agencies;
  private final SessionViews views;
  private final ProblemResponses problems;
  private final TenantScope tenantScope;
  private final AuditLog audit;

  SignInHandlers(
      AgencySelection agencies,
      SessionViews views,
      ProblemResponses problems,
      TenantScope tenantScope,
      AuditLog audit) {
    this.agencies = agencies;
    this.views = views;
    this.problems = problems;
    this.tenantScope = tenantScope;
    this.audit = audit;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication auth)
      throws IOException {
    CrewbidPrincipal principal = (CrewbidPrincipal) auth.getPrincipal();
    Optional<TenantId> agency = agencies.startingAgency(principal.userId());
    agency.ifPresent(
        tenant -> {
          request.getSession().setAttribute(SessionViews.SELECTED_TENANT, tenant.value());
          tenantScope.runAs(tenant, () -> audit.record("auth.sign-in", principal.getUsername()));
        });
    log.info("Signed in user {}", principal.userId());
    problems.writeJson(response, views.of(auth, request));
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof AgencySuspendedException) {
      problems.write(response, ProblemType.AGENCY_SUSPENDED, e.getMessage());
    } else {
      problems.write(
          response, ProblemType.INVALID_CREDENTIALS, "The e-mail or the password is not right.");
    }
  }
}
