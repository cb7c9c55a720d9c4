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
import org.springframework.data.jpa.domain.Specification;
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

  /** Filters of the audit log; null means any. */
  public record Filter(
      String action, String actor, AuditOutcome outcome, Instant from, Instant to) {

    public static Filter none() {
      return new Filter(null, null, null, null, null);
    }
  }

  @Transactional(readOnly = true)
  public Page<AuditEntry> page(Filter filter, Pageable pageable) {
    Specification<AuditEventRecord> spec = (root, query, cb) -> cb.conjunction();
    if (filter.action() != null && !filter.action().isBlank()) {
      String prefix = filter.action().trim().toLowerCase(java.util.Locale.ROOT) + "%";
      spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("action")), prefix));
    }
    if (filter.actor() != null && !filter.actor().isBlank()) {
      String needle = "%" + filter.actor().trim().toLowerCase(java.util.Locale.ROOT) + "%";
      spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("actorEmail")), needle));
    }
    if (filter.outcome() != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("outcome"), filter.outcome().name()));
    }
    if (filter.from() != null) {
      spec =
          spec.and(
              (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
    }
    if (filter.to() != null) {
      spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), filter.to()));
    }
    return events.findAll(spec, pageable).map(e -> e.toEntry(json));
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
