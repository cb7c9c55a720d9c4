package com.crewbid.identity.internal;

import com.crewbid.identity.ratelimit.RateLimits;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.stereotype.Service;

/**
 * The step between Sign in with Upwork and an existing account with the same e-mail: the browser
 * proves it knows that account's Crewbid password before the Upwork account is linked to it. Wrong
 * passwords count toward the account's lockout like failed sign-ins; the account's status checks
 * (locked, suspended) run after the password, as at sign-in.
 */
@Service
public class UpworkLinkConfirmation {

  /** What the confirmation page shows. */
  public record Pending(String email, String upworkName) {}

  private final UserRecords users;
  private final PasswordEncoder passwords;
  private final AccountStatusChecks statusChecks;
  private final FailedProofs failedProofs;
  private final RateLimits limits;
  private final SignIns signIns;
  private final SessionViews views;
  private final ObjectProvider<OAuth2AuthorizedClientService> authorizedClients;
  private final Clock clock;

  UpworkLinkConfirmation(
      UserRecords users,
      PasswordEncoder passwords,
      AccountStatusChecks statusChecks,
      FailedProofs failedProofs,
      RateLimits limits,
      SignIns signIns,
      SessionViews views,
      ObjectProvider<OAuth2AuthorizedClientService> authorizedClients,
      Clock clock) {
    this.users = users;
    this.passwords = passwords;
    this.statusChecks = statusChecks;
    this.failedProofs = failedProofs;
    this.limits = limits;
    this.signIns = signIns;
    this.views = views;
    this.authorizedClients = authorizedClients;
    this.clock = clock;
  }

  public Pending pending(HttpServletRequest request) {
    UpworkIdentities.PendingLink link = waiting(request);
    return new Pending(link.email(), link.upworkName());
  }

  /**
   * Checks the existing account's password and continues its sign-in (the session id changes); the
   * link is made when that sign-in completes.
   */
  public SessionView confirm(
      String password, HttpServletRequest request, HttpServletResponse response) {
    UpworkIdentities.PendingLink link = waiting(request);
    RateLimits.Decision decision = limits.tryConsume("sign-in-per-account", link.email());
    if (!decision.allowed()) {
      throw ProblemException.retryLater(
          ProblemType.TOO_MANY_REQUESTS,
          "Too many attempts. Try again in " + RequestLimits.minutes(decision.retryAfter()) + ".",
          decision.retryAfter());
    }
    failedProofs.requireNotLocked(link.email());
    UserRecord user =
        users.findById(link.userId()).orElseThrow(() -> ProblemException.notFound("The account"));
    if (user.passwordHash() == null
        || password == null
        || !passwords.matches(password, user.passwordHash())) {
      failedProofs.failed(user.id(), user.email(), "auth.upwork-link-failed");
      throw new ProblemException(
          ProblemType.INVALID_CREDENTIALS, "The password is not right for " + link.email() + ".");
    }
    CrewbidPrincipal principal = new CrewbidPrincipal(user);
    principal.eraseCredentials();
    try {
      statusChecks.check(principal);
    } catch (LockedException e) {
      forget(request, link);
      throw new ProblemException(ProblemType.ACCOUNT_LOCKED, e.getMessage());
    } catch (AgencySuspendedException e) {
      forget(request, link);
      throw new ProblemException(ProblemType.AGENCY_SUSPENDED, e.getMessage());
    }
    request.changeSessionId();
    request.getSession().setAttribute(UpworkIdentities.PENDING_LINK, link.asConfirmed());
    if (!signIns.firstFactorPassed(principal, "upwork", request, response)) {
      failedProofs.succeeded(user.email());
    }
    return views.of(SecurityContextHolder.getContext().getAuthentication(), request);
  }

  /** The browser gave up: nothing is linked, and the Upwork tokens of this sign-in go. */
  public void cancel(HttpServletRequest request) {
    forget(request, waiting(request));
  }

  private void forget(HttpServletRequest request, UpworkIdentities.PendingLink link) {
    Optional.ofNullable(request.getSession(false))
        .ifPresent(s -> s.removeAttribute(UpworkIdentities.PENDING_LINK));
    OAuth2AuthorizedClientService clients = authorizedClients.getIfAvailable();
    if (clients != null) {
      clients.removeAuthorizedClient(UpworkClientRegistrations.UPWORK, link.upworkUserId());
    }
  }

  private UpworkIdentities.PendingLink waiting(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(UpworkIdentities.PENDING_LINK)
            instanceof UpworkIdentities.PendingLink link
        && !link.confirmed()) {
      if (!link.expired(clock.instant())) {
        return link;
      }
      session.removeAttribute(UpworkIdentities.PENDING_LINK);
    }
    throw new ProblemException(
        ProblemType.NOT_FOUND, "No Upwork account is waiting to be linked. Sign in again.");
  }
}
