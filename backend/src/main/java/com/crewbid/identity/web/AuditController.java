package com.crewbid.identity.web;

import com.crewbid.identity.AuditEntry;
import com.crewbid.identity.AuditLog;
import com.crewbid.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit log", description = "The agency's append-only audit log")
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/agency/audit-events")
  @PreAuthorize("@agencyAccess.atLeast('MANAGER')")
  @Operation(summary = "Page through the agency's audit log, newest first (OWNER, MANAGER)")
  PageResponse<AuditEntry> list(
      @ParameterObject
          @PageableDefault(size = 20, sort = "occurredAt", direction = Sort.Direction.DESC)
          Pageable pageable) {
    return PageResponse.of(audit.page(pageable), e -> e);
  }
}
