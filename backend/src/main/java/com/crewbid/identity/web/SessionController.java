package com.crewbid.identity.web;

import com.crewbid.identity.internal.SessionView;
import com.crewbid.identity.internal.SessionViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Session", description = "Sign-in state of the browser")
class SessionController {

  private final SessionViews views;

  SessionController(SessionViews views) {
    this.views = views;
  }

  @GetMapping("/session")
  @Operation(
      summary = "Who is signed in, and in which agency",
      description =
          "Open to anyone. Also issues the XSRF-TOKEN cookie the SPA echoes in X-XSRF-TOKEN. "
              + "Sign-in is POST /api/auth/sign-in (form fields email, password); sign-out is "
              + "POST /api/auth/sign-out.")
  SessionView session(Authentication auth, HttpServletRequest request) {
    return views.of(auth, request);
  }
}
