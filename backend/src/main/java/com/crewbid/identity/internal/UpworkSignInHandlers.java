package com.crewbid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes "Sign in with Upwork": finds the person linked to the Upwork account (or links the
 * account with the same, Upwork-verified e-mail, or creates a person), then continues like any
 * sign-in and sends the browser to the right page of the SPA.
 */
@Component
class UpworkSignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private static final Logger log = LoggerFactory.getLogger(UpworkSignInHandlers.class);

  private final UserRecords users;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final SignIns signIns;

  UpworkSignInHandlers(
      UserRecords users, JdbcClient jdbc, TransactionTemplate tx, SignIns signIns) {
    this.users = users;
    this.jdbc = jdbc;
    this.tx = tx;
    this.signIns = signIns;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication auth)
      throws IOException {
    OAuth2User upwork = (OAuth2User) auth.getPrincipal();
    UserRecord user = tx.execute(status -> linkedUser(upwork));
    if (user.isLocked()) {
      request.getSession().invalidate();
      response.sendRedirect("/sign-in?error=locked");
      return;
    }
    CrewbidPrincipal principal = new CrewbidPrincipal(user);
    principal.eraseCredentials();
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
        "/sign-in?error=upwork&reason="
            + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8));
  }

  private UserRecord linkedUser(OAuth2User upwork) {
    String subject = upwork.getName();
    String email =
        String.valueOf(upwork.getAttributes().getOrDefault("email", ""))
            .trim()
            .toLowerCase(Locale.ROOT);
    String name = String.valueOf(upwork.getAttributes().getOrDefault("name", "")).trim();
    var linked =
        jdbc.sql(
                "select user_id from platform.user_identities where provider = 'upwork' and subject = ?")
            .param(subject)
            .query(UUID.class)
            .optional();
    if (linked.isPresent()) {
      return users.findById(linked.get()).orElseThrow();
    }
    UserRecord user =
        (email.isBlank()
                ? java.util.Optional.<UserRecord>empty()
                : users.findByEmailIgnoreCase(email))
            .orElseGet(
                () -> {
                  UserRecord created =
                      users.saveAndFlush(
                          UserRecord.member(
                              email.isBlank() ? subject + "@users.upwork.invalid" : email,
                              name.isBlank() ? "Upwork user" : name,
                              null));
                  created.verifyEmail();
                  return users.saveAndFlush(created);
                });
    jdbc.sql(
            "insert into platform.user_identities (id, user_id, provider, subject, email) values (?, ?, 'upwork', ?, ?)")
        .params(UUID.randomUUID(), user.id().value(), subject, email)
        .update();
    return user;
  }
}
