package com.crewbid.identity.web;

import com.crewbid.identity.AgencySessions;
import com.crewbid.identity.internal.Passwords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Passwords", description = "Password reset and change, e-mail verification")
class PasswordController {

  record ResetRequest(
      @NotBlank(message = "Enter your e-mail address.") @Size(max = 320) String email) {}

  record ResetConfirmation(
      @NotBlank(message = "The link is incomplete.") @Size(max = 200) String token,
      @NotBlank(message = "Choose a password.")
          @Size(max = 128, message = "At most 128 characters.")
          String password) {}

  record PasswordChange(
      @NotBlank(message = "Enter your current password.") @Size(max = 128) String currentPassword,
      @NotBlank(message = "Choose a new password.")
          @Size(max = 128, message = "At most 128 characters.")
          String newPassword) {}

  record Verification(
      @NotBlank(message = "The link is incomplete.") @Size(max = 200) String token) {}

  private final Passwords passwords;
  private final AgencySessions sessions;

  PasswordController(Passwords passwords, AgencySessions sessions) {
    this.passwords = passwords;
    this.sessions = sessions;
  }

  @PostMapping("/api/auth/password-reset")
  @Operation(
      summary =
          "E-mail a password-reset link (always 202: never tells whether the address has an account)")
  ResponseEntity<Void> requestReset(@Valid @RequestBody ResetRequest request) {
    passwords.requestReset(request.email());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/auth/password-reset/confirm")
  @Operation(
      summary =
          "Set a new password with a reset link; ends every session (410 when the link is spent)")
  ResponseEntity<Void> reset(@Valid @RequestBody ResetConfirmation request) {
    passwords.reset(request.token(), request.password());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/me/password")
  @Operation(
      summary = "Change my password (401 reauthentication-failed when the current one is wrong)")
  ResponseEntity<Void> change(@Valid @RequestBody PasswordChange request) {
    passwords.change(sessions.currentUser(), request.currentPassword(), request.newPassword());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/auth/email-verification")
  @Operation(summary = "E-mail me a new verification link")
  ResponseEntity<Void> resend() {
    passwords.sendVerification(sessions.currentUser());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/auth/email-verification/confirm")
  @Operation(summary = "Confirm an e-mail address with the link's token (410 when spent)")
  ResponseEntity<Void> verify(@Valid @RequestBody Verification request) {
    passwords.verify(request.token());
    return ResponseEntity.noContent().build();
  }
}
