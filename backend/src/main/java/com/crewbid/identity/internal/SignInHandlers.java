package com.crewbid.identity.internal;

import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the SPA's password sign-in with JSON: the session (perhaps owing a second factor) on
 * success, a problem on failure. A wrong e-mail and a wrong password look the same.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final SignIns signIns;
  private final SessionViews views;
  private final ProblemResponses problems;

  SignInHandlers(SignIns signIns, SessionViews views, ProblemResponses problems) {
    this.signIns = signIns;
    this.views = views;
    this.problems = problems;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication auth)
      throws IOException {
    signIns.firstFactorPassed(
        (CrewbidPrincipal) auth.getPrincipal(), "password", request, response);
    problems.writeJson(
        response, views.of(SecurityContextHolder.getContext().getAuthentication(), request));
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof AgencySuspendedException) {
      problems.write(response, ProblemType.AGENCY_SUSPENDED, e.getMessage());
    } else if (e instanceof LockedException) {
      problems.write(response, ProblemType.ACCOUNT_LOCKED, e.getMessage());
    } else {
      problems.write(
          response, ProblemType.INVALID_CREDENTIALS, "The e-mail or the password is not right.");
    }
  }
}
