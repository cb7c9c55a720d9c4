package com.crewbid.upwork.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.shared.web.IfMatch;
import com.crewbid.shared.web.PageResponse;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.upwork.UpworkAccounts;
import com.crewbid.upwork.UpworkLink;
import com.crewbid.upwork.UpworkProfiles;
import com.crewbid.upwork.internal.LinkOrganizations;
import com.crewbid.upwork.internal.ProfileSync;
import com.crewbid.upwork.internal.UpworkLinking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/me/upwork-account")
@Tag(
    name = "My Upwork account",
    description = "The signed-in member's link to their Upwork account in the current agency")
class MyUpworkAccountController {

  record LinkStart(String authorizationUrl) {}

  /** What Upwork sent back to the SPA's callback page. */
  record LinkCompletion(
      @Nullable @Size(max = 2048) String code,
      @Nullable @Size(max = 512) String state,
      @Nullable @Size(max = 100) String error) {}

  /** The organization to act in; null for the personal one. */
  record OrganizationChoice(@Nullable @Size(max = 40) String organizationId) {}

  private final UpworkAccounts accounts;
  private final UpworkLinking linking;
  private final LinkOrganizations organizations;
  private final ProfileSync sync;
  private final UpworkProfiles profiles;
  private final String publicUrl;

  MyUpworkAccountController(
      UpworkAccounts accounts,
      UpworkLinking linking,
      LinkOrganizations organizations,
      ProfileSync sync,
      UpworkProfiles profiles,
      @Value("${crewbid.public-url:}") String publicUrl) {
    this.accounts = accounts;
    this.linking = linking;
    this.organizations = organizations;
    this.sync = sync;
    this.profiles = profiles;
    this.publicUrl = publicUrl;
  }

  @GetMapping
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "My link to Upwork in this agency, with its version as ETag (any member)",
      description = "state NEVER_LINKED when I never linked here.")
  ResponseEntity<LinkResponse> get() {
    LinkResponse link = LinkResponse.of(accounts.linkOf(CurrentMember.require().userId()));
    return ResponseEntity.ok().eTag(String.valueOf(link.version())).body(link);
  }

  @PostMapping("/link")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Start linking (or re-linking) my Upwork account (FREELANCER and up)",
      description =
          "Answers Upwork's consent page to send the browser to; Upwork sends it back to the"
              + " SPA's /upwork/account/callback, which completes the link.")
  LinkStart start(HttpSession session) {
    return new LinkStart(linking.start(session, baseUrl()).toString());
  }

  @PostMapping("/link/complete")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Complete linking with what Upwork sent back (FREELANCER and up)",
      description =
          "400 upwork-link-state when the answer does not belong to the attempt this session"
              + " started; 422 upwork-consent-denied when I declined at Upwork; 409"
              + " upwork-account-in-use when another member of the agency linked that account.")
  ResponseEntity<LinkResponse> complete(
      HttpSession session, @Valid @RequestBody LinkCompletion completion) {
    LinkResponse link =
        LinkResponse.of(
            linking.complete(session, completion.code(), completion.state(), completion.error()));
    return ResponseEntity.ok().eTag(String.valueOf(link.version())).body(link);
  }

  @DeleteMapping
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "Unlink my Upwork account in this agency (any member)",
      description =
          "Removes its tokens; the agency sees the link as unlinked. 404 when nothing is linked.")
  ResponseEntity<Void> unlink() {
    linking.unlink();
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/organizations")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "The Upwork organizations I may act in (FREELANCER and up)",
      description =
          "From Upwork's companySelector. 409 upwork-not-linked / upwork-relink-required.")
  PageResponse<UpworkLink.Organization> organizations() {
    List<UpworkLink.Organization> all = organizations.available(CurrentMember.require().userId());
    return new PageResponse<>(all, 0, all.size(), all.size());
  }

  @PutMapping("/organization")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Choose the Upwork organization I act in (FREELANCER and up)",
      description =
          "Sent to Upwork as X-Upwork-API-TenantId on every call made for me; organizationId null"
              + " for my personal one. Requires If-Match (428 without, 412 when stale); 400 when"
              + " Upwork does not list the organization for me.")
  ResponseEntity<LinkResponse> chooseOrganization(
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @Valid @RequestBody OrganizationChoice choice) {
    LinkResponse link =
        LinkResponse.of(
            organizations.choose(
                CurrentMember.require().userId(),
                IfMatch.expectedVersion(ifMatch),
                choice.organizationId()));
    return ResponseEntity.ok().eTag(String.valueOf(link.version())).body(link);
  }

  @PostMapping("/profile-sync")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Import my Upwork profile now (FREELANCER and up)",
      description =
          "202: the import runs in the background; its progress and outcome are on my link"
              + " (profileSync, lastError). 409 when one runs already or the link is not usable.")
  ResponseEntity<LinkResponse> syncProfile() {
    LinkResponse link = LinkResponse.of(sync.start(CurrentMember.require().userId()));
    return ResponseEntity.accepted().eTag(String.valueOf(link.version())).body(link);
  }

  @GetMapping("/profile")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "My Upwork profile as last imported (any member)",
      description = "404 until an import succeeded.")
  ProfileResponse profile() {
    return profiles
        .of(CurrentMember.require().userId())
        .map(ProfileResponse::of)
        .orElseThrow(() -> ProblemException.notFound("Your imported Upwork profile"));
  }

  private String baseUrl() {
    return StringUtils.hasText(publicUrl)
        ? publicUrl
        : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
  }
}
