package com.crewbid.identity.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.AgencySessions;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.identity.internal.SecurityAlerts;
import com.crewbid.identity.internal.SecurityPolicies;
import com.crewbid.shared.web.PageResponse;
import com.crewbid.shared.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Security", description = "Agency security policy and alerts; platform-wide alerts")
class SecurityController {

  record PolicyRequest(@NotNull(message = "Say whether MFA is required.") Boolean mfaRequired) {}

  enum AlertStatus {
    OPEN,
    ACKNOWLEDGED
  }

  private final SecurityPolicies policies;
  private final SecurityAlerts alerts;
  private final AgencySessions sessions;

  SecurityController(SecurityPolicies policies, SecurityAlerts alerts, AgencySessions sessions) {
    this.policies = policies;
    this.alerts = alerts;
    this.sessions = sessions;
  }

  @GetMapping("/api/agency/security-policy")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(summary = "The agency's security policy (any member)")
  SecurityPolicies.Policy policy() {
    return policies.current();
  }

  @PutMapping("/api/agency/security-policy")
  @RequiresAgencyRole(AgencyRole.OWNER)
  @Operation(summary = "Require MFA for every member, or not (OWNER)")
  SecurityPolicies.Policy updatePolicy(@Valid @RequestBody PolicyRequest request) {
    return policies.update(new SecurityPolicies.Policy(request.mfaRequired()));
  }

  @GetMapping("/api/agency/security-alerts")
  @RequiresAgencyRole(AgencyRole.OWNER)
  @Operation(summary = "The agency's security alerts, newest first (OWNER)")
  PageResponse<SecurityAlerts.Alert> agencyAlerts(
      @RequestParam(required = false) AlertStatus status) {
    return page(alerts.list(CurrentMember.require().tenantId(), acknowledged(status), 200));
  }

  @PostMapping("/api/agency/security-alerts/{alertId}/acknowledge")
  @RequiresAgencyRole(AgencyRole.OWNER)
  @Operation(summary = "Acknowledge one of the agency's alerts (OWNER)")
  ResponseEntity<Void> acknowledgeAgencyAlert(@PathVariable UUID alertId) {
    if (!alerts.acknowledge(alertId, CurrentMember.require().tenantId(), sessions.currentUser())) {
      throw ProblemException.notFound("The open alert");
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/admin/security-alerts")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Every security alert, newest first (ADMIN)")
  PageResponse<SecurityAlerts.Alert> allAlerts(@RequestParam(required = false) AlertStatus status) {
    return page(alerts.list(null, acknowledged(status), 500));
  }

  @PostMapping("/api/admin/security-alerts/{alertId}/acknowledge")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Acknowledge an alert (ADMIN)")
  ResponseEntity<Void> acknowledgeAlert(@PathVariable UUID alertId) {
    if (!alerts.acknowledge(alertId, null, sessions.currentUser())) {
      throw ProblemException.notFound("The open alert");
    }
    return ResponseEntity.noContent().build();
  }

  private static Boolean acknowledged(AlertStatus status) {
    return status == null ? null : status == AlertStatus.ACKNOWLEDGED;
  }

  private static <T> PageResponse<T> page(List<T> items) {
    return new PageResponse<>(items, 0, items.size(), items.size());
  }
}
