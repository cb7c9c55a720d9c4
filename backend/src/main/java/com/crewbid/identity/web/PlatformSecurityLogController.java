package com.crewbid.identity.web;

import com.crewbid.identity.AuditEntry;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.internal.PlatformSecurityLog;
import com.crewbid.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(
    name = "Admin: security log",
    description = "The platform's security log: events outside any agency, and admins' actions")
class PlatformSecurityLogController {

  private final PlatformSecurityLog log;

  PlatformSecurityLogController(PlatformSecurityLog log) {
    this.log = log;
  }

  @GetMapping("/api/admin/security-events")
  @Operation(
      summary = "Page through the platform's security log, newest first (ADMIN)",
      description =
          "Sign-ins and failures of people in no agency (platform admins included) and for"
              + " unknown addresses, their MFA, password and session changes, refused Upwork"
              + " links, admins' locks and agency suspensions. Filters: action (prefix, e.g."
              + " auth.), person (part of the actor's or the target's e-mail), outcome, from/to"
              + " (ISO instants, from inclusive, to exclusive).")
  PageResponse<AuditEntry> list(
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String person,
      @RequestParam(required = false) AuditOutcome outcome,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @ParameterObject
          @PageableDefault(size = 20, sort = "occurredAt", direction = Sort.Direction.DESC)
          Pageable pageable) {
    return PageResponse.of(
        log.page(new AuditLog.Filter(action, person, outcome, from, to), pageable), e -> e);
  }
}
