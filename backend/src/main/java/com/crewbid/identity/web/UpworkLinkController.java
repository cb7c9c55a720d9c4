package com.crewbid.identity.web;

import com.crewbid.identity.internal.SessionView;
import com.crewbid.identity.internal.UpworkLinkConfirmation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth/upwork-link")
@Tag(
    name = "Session",
    description = "Linking an Upwork account to an existing account after Sign in with Upwork")
class UpworkLinkController {

  record Confirmation(
      @NotBlank(message = "Enter the password of your Crewbid account.") @Size(max = 128)
          String password) {}

  private final UpworkLinkConfirmation confirmation;

  UpworkLinkController(UpworkLinkConfirmation confirmation) {
    this.confirmation = confirmation;
  }

  @GetMapping
  @Operation(
      summary = "The existing account this browser's Upwork sign-in waits to be linked to",
      description =
          "Only a browser that just signed in with Upwork whose e-mail belongs to an existing"
              + " account; 404 otherwise (or after 10 minutes).")
  UpworkLinkConfirmation.Pending pending(HttpServletRequest request) {
    return confirmation.pending(request);
  }

  @PostMapping
  @Operation(
      summary = "Confirm the link with the existing account's password, and sign in to it",
      description =
          "The link is made once the sign-in completes (after the second factor, if the account"
              + " has one). 401 invalid-credentials for a wrong password (counts toward the"
              + " lockout), 423 account-locked, 404 when nothing waits.")
  SessionView confirm(
      @Valid @RequestBody Confirmation request,
      HttpServletRequest http,
      HttpServletResponse response) {
    return confirmation.confirm(request.password(), http, response);
  }

  @DeleteMapping
  @Operation(summary = "Do not link: forget this Upwork sign-in")
  ResponseEntity<Void> cancel(HttpServletRequest request) {
    confirmation.cancel(request);
    return ResponseEntity.noContent().build();
  }
}
