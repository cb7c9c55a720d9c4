package com.crewbid.identity;

import com.crewbid.identity.internal.AuditEventRecord;
import com.crewbid.identity.internal.AuditEvents;
import com.crewbid.identity.internal.CrewbidPrincipal;
import com.crewbid.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current agency's append-only audit log: who did what, when, from which address. The actor and
 * the address come from the current request and sign-in.
 */
@Service
public class AuditLog {

  private final AuditEvents events;
  private final JsonMapper json;

  AuditLog(AuditEvents events, JsonMapper json) {
    this.events = events;
    this.json = json;
  }

  /** Records an event in the current tenant's log, in the caller's transaction if there is one. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(String action, String target, AuditOutcome outcome, Map<String, ?> details) {
    TenantContext.require("AuditLog.record");
    CrewbidPrincipal actor = currentActor();
    HttpServletRequest request = currentRequest();
    events.save(
        new AuditEventRecord(
            Instant.now(),
            actor == null ? null : actor.userId().value(),
            actor == null ? null : actor.getUsername(),
            action,
            target,
            request == null ? null : request.getRemoteAddr(),
            request == null ? null : truncate(request.getHeader("User-Agent"), 512),
            outcome.name(),
            details == null || details.isEmpty() ? null : json.writeValueAsString(details)));
  }

  public void record(String action, String target) {
    record(action, target, AuditOutcome.SUCCESS, Map.of());
  }

  @Transactional(readOnly = true)
  public Page<AuditEntry> page(Pageable pageable) {
    return events.findAll(pageable).map(e -> e.toEntry(json));
  }

  private static CrewbidPrincipal currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof CrewbidPrincipal p ? p : null;
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
        ? attrs.getRequest()
        : null;
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
