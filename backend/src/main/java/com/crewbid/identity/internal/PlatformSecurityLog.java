package com.crewbid.identity.internal;

import com.crewbid.identity.Attribution;
import com.crewbid.identity.AuditEntry;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's append-only security log ({@code platform.security_events}): security events that
 * belong to no agency's audit log (platform admins, people not in an agency yet, sign-in attempts
 * for unknown addresses) and platform admins' own actions. Platform admins search it in the
 * console.
 */
@Service
public class PlatformSecurityLog {

  private final SecurityEventRecords events;
  private final JsonMapper json;
  private final Clock clock;

  PlatformSecurityLog(SecurityEventRecords events, JsonMapper json, Clock clock) {
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /** Records an event done by the current request's person, about {@code subject} (or nobody). */
  @Transactional
  public void record(
      UserId subject, String action, String target, AuditOutcome outcome, Map<String, ?> details) {
    record(Attribution.current(), subject, action, target, outcome, details);
  }

  @Transactional
  public void record(
      Attribution by,
      UserId subject,
      String action,
      String target,
      AuditOutcome outcome,
      Map<String, ?> details) {
    events.save(
        new SecurityEventRecord(
            clock.instant(),
            by.actorUserId(),
            by.actorEmail(),
            subject == null ? null : subject.value(),
            action,
            target == null || target.length() <= 300 ? target : target.substring(0, 300),
            by.ip(),
            by.userAgent(),
            outcome,
            details == null || details.isEmpty() ? null : json.writeValueAsString(details)));
  }

  /**
   * The filters of an agency's audit log, except that {@code actor} matches part of the actor's
   * e-mail or of the target (whom a failed sign-in or an admin's lock was about).
   */
  @Transactional(readOnly = true)
  public Page<AuditEntry> page(AuditLog.Filter filter, Pageable pageable) {
    Specification<SecurityEventRecord> spec =
        new AuditLog.Filter(filter.action(), null, filter.outcome(), filter.from(), filter.to())
            .specification();
    if (filter.actor() != null && !filter.actor().isBlank()) {
      String needle = "%" + filter.actor().trim().toLowerCase(Locale.ROOT) + "%";
      spec =
          spec.and(
              (root, query, cb) ->
                  cb.or(
                      cb.like(cb.lower(root.get("actorEmail")), needle),
                      cb.like(cb.lower(root.get("target")), needle)));
    }
    return events.findAll(spec, pageable).map(e -> e.toEntry(json));
  }

  /** What the log says about one person (their data export). */
  @Transactional(readOnly = true)
  public List<AuditEntry> about(UserId subject) {
    return events.findBySubjectUserIdOrderByOccurredAtDesc(subject.value()).stream()
        .map(e -> e.toEntry(json))
        .toList();
  }
}
