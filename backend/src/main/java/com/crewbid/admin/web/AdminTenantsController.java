package com.crewbid.admin.web;

import com.crewbid.admin.AgencyRegistration;
import com.crewbid.identity.UserAccounts;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.PageResponse;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.shared.web.Problems;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantStatus;
import com.crewbid.tenancy.TenantSummary;
import com.crewbid.tenancy.UnknownTenantException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/tenants")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Admin: agencies", description = "Platform admins manage agencies (ADMIN)")
class AdminTenantsController {

  record TenantView(
      UUID id,
      String slug,
      String name,
      TenantStatus status,
      String schemaName,
      String schemaVersion,
      Instant createdAt,
      String ownerEmail) {}

  record RegisteredView(
      UUID id,
      String slug,
      String name,
      TenantStatus status,
      String schemaName,
      String schemaVersion,
      Instant createdAt,
      String ownerEmail,
      String ownerInitialPassword) {}

  private final AgencyRegistration registration;
  private final TenantCatalog catalog;
  private final UserAccounts accounts;

  AdminTenantsController(
      AgencyRegistration registration, TenantCatalog catalog, UserAccounts accounts) {
    this.registration = registration;
    this.catalog = catalog;
    this.accounts = accounts;
  }

  @GetMapping
  @Operation(summary = "List agencies, optionally by status")
  PageResponse<TenantView> list(
      @RequestParam(required = false) TenantStatus status,
      @ParameterObject
          @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC)
          Pageable pageable) {
    return PageResponse.of(catalog.list(status, pageable), this::view);
  }

  @GetMapping("/{tenantId}")
  @Operation(summary = "One agency")
  TenantView get(@PathVariable UUID tenantId) {
    return catalog
        .find(TenantId.of(tenantId))
        .map(this::view)
        .orElseThrow(() -> ProblemException.notFound("The agency"));
  }

  @PostMapping
  @Operation(
      summary = "Register an agency with its owner",
      description =
          "Provisions the agency's schema. Without ownerPassword a password is generated and "
              + "returned once as ownerInitialPassword. 409 when the slug or e-mail is taken.")
  ResponseEntity<RegisteredView> register(@Valid @RequestBody RegisterAgencyRequest request) {
    AgencyRegistration.Registered registered = registration.register(request.toRequest());
    TenantSummary t = registered.tenant();
    RegisteredView body =
        new RegisteredView(
            t.id().value(),
            t.slug(),
            t.name(),
            t.status(),
            t.schemaName(),
            t.schemaVersion(),
            t.createdAt(),
            registered.ownerEmail(),
            registered.ownerInitialPassword());
    return ResponseEntity.created(URI.create("/api/admin/tenants/" + t.id())).body(body);
  }

  @PostMapping("/{tenantId}/suspend")
  @Operation(summary = "Suspend an agency: its members can no longer sign in or act")
  TenantView suspend(@PathVariable UUID tenantId) {
    return view(registration.suspend(TenantId.of(tenantId)));
  }

  @PostMapping("/{tenantId}/restore")
  @Operation(summary = "Lift an agency's suspension")
  TenantView restore(@PathVariable UUID tenantId) {
    return view(registration.restore(TenantId.of(tenantId)));
  }

  @ExceptionHandler(UnknownTenantException.class)
  ResponseEntity<ProblemDetail> onUnknownTenant() {
    ProblemDetail problem = Problems.of(ProblemType.NOT_FOUND, "The agency was not found.");
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @ExceptionHandler(IllegalStateException.class)
  ResponseEntity<ProblemDetail> onWrongState(IllegalStateException e) {
    ProblemDetail problem = Problems.of(ProblemType.CONFLICT, e.getMessage());
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private TenantView view(TenantSummary t) {
    return new TenantView(
        t.id().value(),
        t.slug(),
        t.name(),
        t.status(),
        t.schemaName(),
        t.schemaVersion(),
        t.createdAt(),
        accounts.ownerEmailOf(t.id()).orElse(null));
  }
}
