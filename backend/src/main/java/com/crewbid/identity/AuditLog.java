package com.crewbid.identity;

import com.crewbid.identity.internal.AuditEventRecord;
import com.crewbid.identity.internal.AuditEvents;
import com.crewbid.tenancy.TenantContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
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
    record(Attribution.current(), action, target, outcome, details);
  }

  /**
   * Records an event in the current tenant's log on behalf of {@code by} (taken earlier on a
   * request's thread, for work that finishes in the background).
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(
      Attribution by, String action, String target, AuditOutcome outcome, Map<String, ?> details) {
    TenantContext.require("AuditLog.record");
    events.save(
        new AuditEventRecord(
            Instant.now(),
            by.actorUserId(),
            by.actorEmail(),
            action,
            target,
            by.ip(),
            by.userAgent(),
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

    /**
     * The filter as a query on an audit-line entity ({@code action}, {@code actorEmail}, {@code
     * outcome}, {@code occurredAt}): action by prefix, actor by part of the e-mail.
     */
    public <T> Specification<T> specification() {
      Specification<T> spec = (root, query, cb) -> cb.conjunction();
      if (action != null && !action.isBlank()) {
        String prefix = action.trim().toLowerCase(Locale.ROOT) + "%";
        spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("action")), prefix));
      }
      if (actor != null && !actor.isBlank()) {
        String needle = "%" + actor.trim().toLowerCase(Locale.ROOT) + "%";
        spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("actorEmail")), needle));
      }
      if (outcome != null) {
        spec = spec.and((root, query, cb) -> cb.equal(root.get("outcome"), outcome.name()));
      }
      if (from != null) {
        spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
      }
      if (to != null) {
        spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), to));
      }
      return spec;
    }
  }

  @Transactional(readOnly = true)
  public Page<AuditEntry> page(Filter filter, Pageable pageable) {
    Specification<AuditEventRecord> spec = filter.specification();
    return events.findAll(spec, pageable).map(e -> e.toEntry(json));
  }
}
