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
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Abuse protection, before any password is checked: per-address and per-account limits on the
 * authentication endpoints (password and Upwork sign-in, reset and e-mail links, invitations, the
 * code step, founding an agency), the account lockout, and a per-person limit on the rest of the
 * API. The address is the client's as the server sees it: behind a trusted proxy, the forwarded one
 * ({@code server.forward-headers-strategy}), so that clients do not share one budget. State is in
 * Redis, so the limits hold across replicas. Refusals are 429 (or 423 for a locked account) with
 * {@code Retry-After}.
 */
class RequestLimits extends OncePerRequestFilter {

  private static final Pattern INVITATION_ACCEPT = Pattern.compile("/api/invitations/[^/]+/accept");

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
      // The per-account budget is the service's (the address is in the JSON body).
      if (refused(response, "password-reset-per-ip", ip)) {
        return;
      }
    } else if (post
        && (path.equals("/api/auth/password-reset/confirm")
            || path.equals("/api/auth/email-verification/confirm"))) {
      if (refused(response, "email-link-per-ip", ip)) {
        return;
      }
    } else if (post && INVITATION_ACCEPT.matcher(path).matches()) {
      if (refused(response, "invitation-accept-per-ip", ip)) {
        return;
      }
    } else if (post && path.equals("/api/auth/upwork-link")) {
      // The per-account budget and the lockout are the confirmation's (it knows the account).
      if (refused(response, "sign-in-per-ip", ip)) {
        return;
      }
    } else if (path.startsWith("/oauth2/authorization/")
        || path.startsWith("/login/oauth2/code/")) {
      if (refused(response, "upwork-sign-in-per-ip", ip)) {
        return;
      }
    } else if (post && path.equals("/api/onboarding/agencies")) {
      // Each founding provisions a database schema: budgets per address and per person.
      Optional<String> user = signedInUser();
      if (refused(response, "sign-up-per-ip", ip)
          || (user.isPresent() && refused(response, "sign-up-per-user", user.get()))
          || (user.isPresent() && refused(response, "api-per-user", user.get()))) {
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

  static String minutes(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds());
    return seconds < 90 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
  }
}
