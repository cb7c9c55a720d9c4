package com.crewbid.identity.web;

import com.crewbid.identity.internal.Invitations;
import com.crewbid.identity.internal.LocalAccounts;
import com.crewbid.identity.internal.SessionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invitations/{token}")
@Tag(name = "Invitations", description = "The invitation link an invitee opens")
class InvitationController {

  record Acceptance(@Size(max = 200) String displayName, @Size(max = 128) String password) {}

  private final Invitations invitations;
  private final LocalAccounts accounts;

  InvitationController(Invitations invitations, LocalAccounts accounts) {
    this.invitations = invitations;
    this.accounts = accounts;
  }

  @GetMapping
  @Operation(summary = "What an invitation is for (anyone holding the link)")
  Invitations.Preview preview(@PathVariable String token) {
    return invitations.preview(token);
  }

  @PostMapping("/accept")
  @Operation(
      summary = "Accept an invitation",
      description =
          "Signed in: joins the agency and switches to it. Not signed in: creates an account for the"
              + " invited e-mail with displayName and password, joins and signs in. 410 when expired,"
              + " revoked or used; 409 when already a member.")
  SessionView accept(
      @PathVariable String token,
      @RequestBody(required = false) Acceptance body,
      HttpServletRequest request,
      HttpServletResponse response) {
    return accounts.acceptInvitation(
        token,
        body == null ? null : body.displayName(),
        body == null ? null : body.password(),
        request,
        response);
  }
}
