package com.crewbid.upwork.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.upwork.UpworkAccounts;
import com.crewbid.upwork.internal.UpworkLinking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

  private final UpworkAccounts accounts;
  private final UpworkLinking linking;
  private final String publicUrl;

  MyUpworkAccountController(
      UpworkAccounts accounts,
      UpworkLinking linking,
      @Value("${crewbid.public-url:}") String publicUrl) {
    this.accounts = accounts;
    this.linking = linking;
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

  private String baseUrl() {
    return StringUtils.hasText(publicUrl)
        ? publicUrl
        : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
  }
}
