package com.crewbid.identity.internal;

import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a person whom policy obliges to use MFA has not set it up, only sign-in/session endpoints
 * and MFA set-up answer; everything else says so (403 mfa-enrollment-required), the actuator's
 * admin endpoints (metrics) included.
 */
class MfaEnrollmentGate extends OncePerRequestFilter {

  private final ProblemResponses problems;

  MfaEnrollmentGate(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean owed =
        session != null
            && Boolean.TRUE.equals(session.getAttribute(SignIns.MFA_ENROLLMENT_REQUIRED));
    if (owed && (gatedApi(path) || gatedActuator(path))) {
      problems.write(
          response,
          ProblemType.MFA_ENROLLMENT_REQUIRED,
          "Set up two-factor authentication first: it is required for your account.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean gatedApi(String path) {
    return path.startsWith("/api/")
        && !path.startsWith("/api/auth/")
        && !path.startsWith("/api/me/mfa");
  }

  private static boolean gatedActuator(String path) {
    return path.startsWith("/actuator")
        && !path.startsWith("/actuator/health")
        && !path.equals("/actuator/info");
  }
}
