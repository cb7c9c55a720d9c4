package com.crewbid.identity.internal;

import com.crewbid.identity.ratelimit.LoginLockout;
import com.crewbid.identity.ratelimit.RateLimits;
import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Abuse protection, before any password is checked: per-address and per-account limits on the
 * authentication endpoints, the account lockout, and a per-person limit on the rest of the API.
 * State is in Redis, so the limits hold across replicas. Refusals are 429 (or 423 for a locked
 * account) with {@code Retry-After}.
 */
class RequestLimits extends OncePerRequestFilter {

  private final RateLimits limits;
  private final LoginLockout lockout;
  private final ProblemResponses problems;

  RequestLimits(RateLimits limits, LoginLockout lockout, ProblemResponses problems) {
    this.limits = limits;
    this.lockout = lockout;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean post = "POST".equals(request.getMethod());
    String ip = request.getRemoteAddr();
    if (post && path.equals("/api/auth/sign-in")) {
      String account = accountKey(request.getParameter("email"));
      if (refused(response, "sign-in-per-ip", ip)
          || refused(response, "sign-in-per-account", account)) {
        return;
      }
      Optional<Duration> locked = lockout.lockedFor(account);
      if (locked.isPresent()) {
        retryAfter(response, locked.get());
        problems.write(
            response,
            ProblemType.ACCOUNT_LOCKED,
            "Too many failed sign-ins. Try again in "
                + minutes(locked.get())
                + ", or reset your password.");
        return;
      }
    } else if (post && path.equals("/api/auth/password-reset")) {
      if (refused(response, "password-reset-per-ip", ip)) {
        return;
      }
    } else if (post && path.equals("/api/auth/mfa")) {
      if (refused(response, "mfa-per-account", signedInUser().orElse(ip))) {
        return;
      }
    } else if (post && (path.equals("/api/auth/mfa/sms") || path.equals("/api/me/mfa/sms"))) {
      // Each of these sends a text (and costs money): a budget of its own, whoever sends.
      if (refused(response, "mfa-per-account", "sms:" + signedInUser().orElse(ip))) {
        return;
      }
    } else if (path.startsWith("/api/")) {
      Optional<String> user = signedInUser();
      if (user.isPresent() && refused(response, "api-per-user", user.get())) {
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** Lockout and per-account limits key on the address typed, whether an account has it or not. */
  static String accountKey(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  private boolean refused(HttpServletResponse response, String policy, String key)
      throws IOException {
    RateLimits.Decision decision = limits.tryConsume(policy, key);
    if (decision.allowed()) {
      return false;
    }
    retryAfter(response, decision.retryAfter());
    problems.write(
        response,
        ProblemType.TOO_MANY_REQUESTS,
        "Too many requests. Try again in " + minutes(decision.retryAfter()) + ".");
    return true;
  }

  private static Optional<String> signedInUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof CrewbidPrincipal p
        ? Optional.of(p.userId().toString())
        : Optional.empty();
  }

  private static void retryAfter(HttpServletResponse response, Duration wait) {
    response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
  }

  private static String minutes(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds());
    return seconds < 90 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
  }
}
