package com.crewbid.agency.web;

import com.crewbid.agency.AgencyFounding;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.AgencySessions;
import com.crewbid.identity.UserAccounts;
import com.crewbid.tenancy.TenantSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Onboarding", description = "A signed-in person creates an agency of their own")
class OnboardingController {

  record NewAgency(
      @NotBlank(message = "Enter the agency's name.")
          @Size(max = 200, message = "At most 200 characters.")
          String name,
      @NotBlank(message = "Enter the agency's address.")
          @Pattern(
              regexp = "^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$",
              message = "3 to 63 lower-case letters, digits and dashes; no dash at either end.")
          String slug) {}

  record Founded(UUID tenantId, String slug, String name) {}

  private final AgencyFounding founding;
  private final UserAccounts accounts;
  private final AgencySessions sessions;

  OnboardingController(AgencyFounding founding, UserAccounts accounts, AgencySessions sessions) {
    this.founding = founding;
    this.accounts = accounts;
    this.sessions = sessions;
  }

  @PostMapping("/api/onboarding/agencies")
  @Operation(
      summary = "Create an agency with me as its owner, and switch to it (any signed-in person)",
      description = "409 with errors[slug] when the address is taken.")
  ResponseEntity<Founded> create(@Valid @RequestBody NewAgency request) {
    var user = sessions.currentUser();
    String email = sessions.currentEmail();
    TenantSummary tenant =
        founding.found(
            new AgencyFounding.Charter(request.name().trim(), request.slug(), "UTC", "USD"),
            id -> {
              accounts.addMember(id, user, AgencyRole.OWNER);
              return email;
            });
    sessions.select(tenant.id());
    return ResponseEntity.created(URI.create("/api/agency"))
        .body(new Founded(tenant.id().value(), tenant.slug(), tenant.name()));
  }
}
