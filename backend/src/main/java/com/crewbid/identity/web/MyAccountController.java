package com.crewbid.identity.web;

import com.crewbid.identity.AgencySessions;
import com.crewbid.identity.internal.AccountDeletion;
import com.crewbid.identity.internal.PersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "My account", description = "The signed-in person's own data")
class MyAccountController {

  private final PersonalData personalData;
  private final AccountDeletion deletion;
  private final AgencySessions sessions;

  MyAccountController(
      PersonalData personalData, AccountDeletion deletion, AgencySessions sessions) {
    this.personalData = personalData;
    this.deletion = deletion;
    this.sessions = sessions;
  }

  record Reauthentication(@Size(max = 128) String password, @Size(max = 10) String code) {}

  @DeleteMapping("/api/me")
  @Operation(
      summary = "Delete my account (password or a current code required)",
      description = "409 sole-owner while I am an agency's only owner. Ends every session.")
  ResponseEntity<Void> delete(@Valid @RequestBody(required = false) Reauthentication proof) {
    Reauthentication given = proof == null ? new Reauthentication(null, null) : proof;
    deletion.delete(
        sessions.currentUser(), sessions.currentEmail(), given.password(), given.code());
    SecurityContextHolder.clearContext();
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/me/export")
  @Operation(summary = "Download everything Crewbid holds about me, as JSON")
  ResponseEntity<Map<String, Object>> export(HttpServletRequest request) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("crewbid-my-data.json").build().toString())
        .body(personalData.export(sessions.currentUser(), request.getSession().getId()));
  }
}
