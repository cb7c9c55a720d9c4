package com.crewbid.identity.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.AuditEntry;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit log", description = "The agency's append-only audit log")
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/agency/audit-events")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Page through the agency's audit log, newest first (OWNER, MANAGER)",
      description =
          "Filters: action (prefix, e.g. auth.), actor (part of an e-mail), outcome, from/to (ISO"
              + " instants, from inclusive, to exclusive).")
  PageResponse<AuditEntry> list(
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) AuditOutcome outcome,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @ParameterObject
          @PageableDefault(size = 20, sort = "occurredAt", direction = Sort.Direction.DESC)
          Pageable pageable) {
    return PageResponse.of(
        audit.page(new AuditLog.Filter(action, actor, outcome, from, to), pageable), e -> e);
  }
}
