package com.crewbid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Completes "Sign in with Upwork": finds the person the Upwork account signs in as ({@link
 * UpworkIdentities}), checks the account as a password sign-in would (locked, all agencies
 * suspended), then continues like any sign-in and sends the browser to the right page of the SPA.
 * An Upwork account whose e-mail belongs to an existing account goes to the page that asks for that
 * account's password first.
 */
@Component
class UpworkSignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private static final Logger log = LoggerFactory.getLogger(UpworkSignInHandlers.class);

  private final UpworkIdentities identities;
  private final AccountStatusChecks statusChecks;
  private final SignIns signIns;
  private final Passwords passwords;
  private final ObjectProvider<OAuth2AuthorizedClientService> authorizedClients;

  UpworkSignInHandlers(
      UpworkIdentities identities,
      AccountStatusChecks statusChecks,
      SignIns signIns,
      Passwords passwords,
      ObjectProvider<OAuth2AuthorizedClientService> authorizedClients) {
    this.identities = identities;
    this.statusChecks = statusChecks;
    this.signIns = signIns;
    this.passwords = passwords;
    this.authorizedClients = authorizedClients;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication auth)
      throws IOException {
    OAuth2User upwork = (OAuth2User) auth.getPrincipal();
    UpworkIdentities.Resolution resolution = identities.resolve(upwork);
    if (!(resolution instanceof UpworkIdentities.Linked linked)) {
      // Nobody is signed in by this Upwork account (yet): forget it and its tokens.
      signIns.forget(request, response);
      if (resolution instanceof UpworkIdentities.NeedsConfirmation confirmation) {
        request.getSession().setAttribute(UpworkIdentities.PENDING_LINK, confirmation.link());
        response.sendRedirect("/sign-in/link-upwork");
        return;
      }
      UpworkIdentities.Refused refused = (UpworkIdentities.Refused) resolution;
      identities.refused(refused, upwork.getName());
      removeTokens(upwork.getName());
      request.getSession().invalidate();
      response.sendRedirect("/sign-in?error=upwork-" + refused.reason());
      return;
    }
    CrewbidPrincipal principal = new CrewbidPrincipal(linked.user());
    principal.eraseCredentials();
    try {
      statusChecks.check(principal);
    } catch (LockedException | AgencySuspendedException e) {
      request.getSession().invalidate();
      response.sendRedirect(
          "/sign-in?error=" + (e instanceof LockedException ? "locked" : "suspended"));
      return;
    }
    if (linked.created()) {
      passwords.sendVerification(principal.userId());
    }
    boolean secondFactor = signIns.firstFactorPassed(principal, "upwork", request, response);
    if (secondFactor) {
      response.sendRedirect("/sign-in/mfa");
    } else if (request.getSession().getAttribute(SessionViews.SELECTED_TENANT) == null
        && !principal.platformAdmin()) {
      response.sendRedirect("/onboarding");
    } else {
      response.sendRedirect("/");
    }
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String code =
        e instanceof OAuth2AuthenticationException oauth
            ? oauth.getError().getErrorCode()
            : "failed";
    log.info(
        "Sign in with Upwork failed: {} ({}: {})",
        code,
        e.getClass().getSimpleName(),
        e.getMessage());
    response.sendRedirect(
        "/sign-in?error=upwork&reason=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
  }

  private void removeTokens(String upworkUserId) {
    OAuth2AuthorizedClientService clients = authorizedClients.getIfAvailable();
    if (clients != null) {
      clients.removeAuthorizedClient(UpworkClientRegistrations.UPWORK, upworkUserId);
    }
  }
}
