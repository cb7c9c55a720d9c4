package com.crewbid.agency.web;

import com.crewbid.agency.AgencyProfile;
import com.crewbid.agency.AgencyProfiles;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agency")
@Tag(name = "Agency", description = "The signed-in member's agency")
class AgencyController {

  private final AgencyProfiles profiles;

  AgencyController(AgencyProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(summary = "The agency's profile, with its version as ETag (any member)")
  ResponseEntity<AgencyProfile> get() {
    AgencyProfile profile = profiles.current();
    return ResponseEntity.ok().eTag(String.valueOf(profile.version())).body(profile);
  }

  @PutMapping
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Edit the agency's profile (OWNER, MANAGER)",
      description = "Requires If-Match with the ETag last read: 428 without it, 412 when stale.")
  ResponseEntity<AgencyProfile> update(
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody AgencyProfileRequest request) {
    AgencyProfile updated = profiles.update(IfMatch.expectedVersion(ifMatch), request.toChange());
    return ResponseEntity.ok().eTag(String.valueOf(updated.version())).body(updated);
  }
}
