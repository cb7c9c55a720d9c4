package com.crewbid.identity.internal;

import com.crewbid.identity.AgencyEntered;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.TenantScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * How a sign-in completes, whatever the first factor was (password or Upwork): a second factor when
 * the person has one, then the session is tagged, an agency selected, the sign-in audited and a new
 * device reported. The session id changes after each factor.
 */
@Component
public class SignIns {

  /** Authority of a session that passed the first factor and owes the second. */
  static final String MFA_PENDING = "MFA_PENDING";

  /** Session attribute: signed in, but policy wants MFA set up before anything else. */
  static final String MFA_ENROLLMENT_REQUIRED = "crewbid.mfaEnrollmentRequired";

  private static final Logger log = LoggerFactory.getLogger(SignIns.class);

  private final SecurityContextRepository contexts;
  private final AgencySelection agencies;
  private final UserSessions sessions;
  private final MfaCredentialRecords mfa;
  private final SmsChannel sms;
  private final TenantScope tenantScope;
  private final AuditLog audit;
  private final SecurityAlerts alerts;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  SignIns(
      SecurityContextRepository contexts,
      AgencySelection agencies,
      UserSessions sessions,
      MfaCredentialRecords mfa,
      SmsChannel sms,
      TenantScope tenantScope,
      AuditLog audit,
      SecurityAlerts alerts,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.contexts = contexts;
    this.agencies = agencies;
    this.sessions = sessions;
    this.mfa = mfa;
    this.sms = sms;
    this.tenantScope = tenantScope;
    this.audit = audit;
    this.alerts = alerts;
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * The first factor passed (the session id was already rotated by then). Either asks for the
   * second factor or completes the sign-in.
   *
   * @return true when the second factor is still owed
   */
  public boolean firstFactorPassed(
      CrewbidPrincipal principal,
      String method,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (hasSecondFactor(principal)) {
      Authentication pending =
          UsernamePasswordAuthenticationToken.authenticated(
              principal, null, List.of(new SimpleGrantedAuthority(MFA_PENDING)));
      save(pending, request, response);
      request.getSession().setAttribute("crewbid.signInMethod", method);
      return true;
    }
    complete(principal, method, false, request, response);
    return false;
  }

  /** The second factor passed: a new session id, then the sign-in completes. */
  public void secondFactorPassed(
      CrewbidPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
    request.changeSessionId();
    String method = String.valueOf(request.getSession().getAttribute("crewbid.signInMethod"));
    request.getSession().removeAttribute("crewbid.signInMethod");
    complete(principal, method, true, request, response);
  }

  private void complete(
      CrewbidPrincipal principal,
      String method,
      boolean withMfa,
      HttpServletRequest request,
      HttpServletResponse response) {
    save(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()),
        request,
        response);
    HttpSession session = request.getSession();
    sessions.describe(session, principal.userId(), request);
    Optional<TenantId> agency = agencies.startingAgency(principal.userId());
    agency.ifPresent(tenant -> session.setAttribute(SessionViews.SELECTED_TENANT, tenant.value()));
    if (!withMfa && mfaMandatory(principal)) {
      session.setAttribute(MFA_ENROLLMENT_REQUIRED, Boolean.TRUE);
    }
    boolean newDevice = rememberDevice(principal, request);
    Map<String, Object> details = Map.of("method", method, "mfa", withMfa, "newDevice", newDevice);
    agency.ifPresent(
        tenant ->
            tenantScope.runAs(
                tenant,
                () ->
                    audit.record(
                        "auth.sign-in", principal.getUsername(), AuditOutcome.SUCCESS, details)));
    if (newDevice && hadDevicesBefore(principal)) {
      alerts.raise(
          agency.orElse(null),
          principal.userId(),
          SecurityAlerts.Kind.NEW_DEVICE,
          "INFO",
          principal.getUsername()
              + " signed in from a new device ("
              + Browsers.describe(request.getHeader("User-Agent"))
              + ")",
          request.getRemoteAddr(),
          Map.of("method", method));
    }
    log.info("Signed in user {} ({})", principal.userId(), method);
    agency.ifPresent(tenant -> events.publishEvent(new AgencyEntered(tenant, principal.userId())));
  }

  /** An authenticator app, or a verified phone while SMS is offered. */
  boolean hasSecondFactor(CrewbidPrincipal principal) {
    return mfa.findById(principal.userId().value()).map(MfaCredentialRecord::enabled).orElse(false)
        || sms.usableAtSignIn(principal.userId());
  }

  /** MFA is mandatory for platform admins and for members of an agency that requires it. */
  boolean mfaMandatory(CrewbidPrincipal principal) {
    if (principal.platformAdmin()) {
      return true;
    }
    return jdbc.sql(
            "select exists (select 1 from platform.memberships m join platform.agency_security_policies p"
                + " on p.tenant_id = m.tenant_id where m.user_id = ? and p.mfa_required)")
        .param(principal.userId().value())
        .query(Boolean.class)
        .single();
  }

  void save(
      Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  private boolean rememberDevice(CrewbidPrincipal principal, HttpServletRequest request) {
    String agent = String.valueOf(request.getHeader("User-Agent"));
    String device = Tokens.hash(Browsers.describe(agent));
    int inserted =
        jdbc.sql(
                "insert into platform.known_devices (user_id, device_hash, user_agent) values (?, ?, ?)"
                    + " on conflict (user_id, device_hash) do update set last_seen = now()"
                    + " returning (xmax = 0)::int")
            .params(
                principal.userId().value(),
                device,
                agent.substring(0, Math.min(agent.length(), 512)))
            .query(Integer.class)
            .single();
    return inserted == 1;
  }

  private boolean hadDevicesBefore(CrewbidPrincipal principal) {
    return jdbc.sql("select count(*) from platform.known_devices where user_id = ?")
            .param(principal.userId().value())
            .query(Long.class)
            .single()
        > 1;
  }
}
