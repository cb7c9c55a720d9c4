package com.crewbid.identity.web;

import com.crewbid.identity.AgencySessions;
import com.crewbid.identity.internal.DeviceSessions;
import com.crewbid.identity.internal.SessionView;
import com.crewbid.identity.internal.SessionViews;
import com.crewbid.identity.internal.UserSessions;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.PageResponse;
import com.crewbid.shared.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "My sessions", description = "The signed-in person's devices and agencies")
class MySessionsController {

  record AgencyChoice(@NotNull(message = "Choose an agency.") UUID tenantId) {}

  private final UserSessions sessions;
  private final DeviceSessions devices;
  private final AgencySessions agencySessions;
  private final SessionViews views;

  MySessionsController(
      UserSessions sessions,
      DeviceSessions devices,
      AgencySessions agencySessions,
      SessionViews views) {
    this.sessions = sessions;
    this.devices = devices;
    this.agencySessions = agencySessions;
    this.views = views;
  }

  @GetMapping("/api/me/sessions")
  @Operation(summary = "My sessions: browser, address, started, last active, which is this one")
  PageResponse<UserSessions.DeviceSession> list(HttpServletRequest request) {
    List<UserSessions.DeviceSession> all =
        sessions.list(agencySessions.currentUser(), request.getSession().getId());
    return new PageResponse<>(all, 0, all.size(), all.size());
  }

  @DeleteMapping("/api/me/sessions/{sessionId}")
  @Operation(summary = "End one of my sessions")
  ResponseEntity<Void> revoke(@PathVariable String sessionId) {
    if (!devices.endOne(agencySessions.currentUser(), sessionId)) {
      throw ProblemException.notFound("The session");
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/auth/sign-out-everywhere")
  @Operation(summary = "End every session of mine, this one included")
  ResponseEntity<Void> signOutEverywhere(HttpServletRequest request) {
    devices.endAll(agencySessions.currentUser());
    SecurityContextHolder.clearContext();
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/auth/agency")
  @Operation(summary = "Switch my session to another agency I belong to (404 if not a member)")
  SessionView switchAgency(@Valid @RequestBody AgencyChoice choice, HttpServletRequest request) {
    agencySessions.select(TenantId.of(choice.tenantId()));
    return views.of(SecurityContextHolder.getContext().getAuthentication(), request);
  }
}
