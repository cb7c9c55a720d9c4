package com.crewbid.identity.web;

import com.crewbid.identity.AgencySessions;
import com.crewbid.identity.internal.PersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "My account", description = "The signed-in person's own data")
class MyAccountController {

  private final PersonalData personalData;
  private final AgencySessions sessions;

  MyAccountController(PersonalData personalData, AgencySessions sessions) {
    this.personalData = personalData;
    this.sessions = sessions;
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
