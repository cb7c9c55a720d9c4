package com.crewbid.identity.internal;

import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute timeout: however active, a signed-in session ends this long after its sign-in
 * ({@code crewbid.session.absolute-timeout}). The idle timeout is Spring Session's own.
 */
class SessionLifetime extends OncePerRequestFilter {

  /** The setting, with its default, as {@code @Value} takes it. */
  static final String ABSOLUTE_TIMEOUT = "${crewbid.session.absolute-timeout:24h}";

  private final Duration absoluteTimeout;
  private final Clock clock;
  private final ProblemResponses problems;

  SessionLifetime(Duration absoluteTimeout, Clock clock, ProblemResponses problems) {
    this.absoluteTimeout = absoluteTimeout;
    this.clock = clock;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Object started = session == null ? null : session.getAttribute(UserSessions.STARTED_AT);
    if (outlived(started, absoluteTimeout, clock.instant())) {
      session.invalidate();
      SecurityContextHolder.clearContext();
      if (request.getRequestURI().startsWith("/api/")) {
        problems.write(
            response, ProblemType.NOT_SIGNED_IN, "Your session has ended. Sign in again.");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** Whether a session signed in at {@code started} (its STARTED_AT attribute) has ended by now. */
  static boolean outlived(Object started, Duration absoluteTimeout, Instant now) {
    return started != null && Instant.parse(started.toString()).plus(absoluteTimeout).isBefore(now);
  }
}
