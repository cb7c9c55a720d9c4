package com.crewbid.identity.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.identity.internal.Invitations;
import com.crewbid.identity.internal.Team;
import com.crewbid.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agency")
@Tag(name = "Team", description = "Members, roles and invitations of the current agency")
class TeamController {

  record RoleChange(@NotNull(message = "Choose a role.") AgencyRole role) {}

  record NewInvitation(
      @NotBlank(message = "Enter an e-mail address.")
          @Email(message = "Enter a valid e-mail address.")
          @Size(max = 320)
          String email,
      @NotNull(message = "Choose a role.") AgencyRole role) {}

  private final Team team;
  private final Invitations invitations;

  TeamController(Team team, Invitations invitations) {
    this.team = team;
    this.invitations = invitations;
  }

  @GetMapping("/members")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(summary = "The agency's members (any member)")
  PageResponse<Team.Member> members() {
    List<Team.Member> members = team.members();
    return new PageResponse<>(members, 0, members.size(), members.size());
  }

  @PatchMapping("/members/{userId}")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Change a member's role (OWNER; MANAGER for non-owner roles)",
      description = "409 last-owner when the agency would lose its last owner.")
  Team.Member changeRole(@PathVariable UUID userId, @Valid @RequestBody RoleChange change) {
    return team.changeRole(userId, change.role());
  }

  @DeleteMapping("/members/{userId}")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "Remove a member (OWNER/MANAGER), or leave the agency (yourself)",
      description = "Ends the removed person's sessions. 409 last-owner for the last owner.")
  ResponseEntity<Void> remove(@PathVariable UUID userId) {
    team.remove(userId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/invitations")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(summary = "Invitations of the agency, newest first (OWNER, MANAGER)")
  PageResponse<Invitations.InvitationView> invitations() {
    List<Invitations.InvitationView> all = invitations.list();
    return new PageResponse<>(all, 0, all.size(), all.size());
  }

  @PostMapping("/invitations")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Invite someone by e-mail (OWNER, MANAGER; only an OWNER invites an OWNER)",
      description =
          "Sends a single-use link valid for 7 days. 409 when already a member or invited.")
  ResponseEntity<Invitations.InvitationView> invite(@Valid @RequestBody NewInvitation request) {
    Invitations.InvitationView invitation = invitations.invite(request.email(), request.role());
    return ResponseEntity.created(URI.create("/api/agency/invitations/" + invitation.id()))
        .body(invitation);
  }

  @DeleteMapping("/invitations/{invitationId}")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(summary = "Revoke an open invitation (OWNER, MANAGER)")
  ResponseEntity<Void> revoke(@PathVariable UUID invitationId) {
    invitations.revoke(invitationId);
    return ResponseEntity.noContent().build();
  }
}
