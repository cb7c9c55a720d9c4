package com.crewbid.upwork.sandbox;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Upwork's authorize endpoint: checks the request, shows the consent page listing the seeded users,
 * and on a choice redirects to the client with a code and the state echoed. Errors go back to a
 * valid redirect URI as {@code error=} (RFC 6749 §4.1.2.1); otherwise they are a 400 page.
 */
@Controller
@SandboxEnabled
@RequestMapping(ConsentPages.AUTHORIZE_PATH)
class AuthorizeController {

  private final SandboxClients clients;
  private final SandboxSeed seed;
  private final SandboxGrants grants;

  AuthorizeController(SandboxClients clients, SandboxSeed seed, SandboxGrants grants) {
    this.clients = clients;
    this.seed = seed;
    this.grants = grants;
  }

  @GetMapping
  ResponseEntity<String> consent(@RequestParam MultiValueMap<String, String> params) {
    return handle(
        params,
        request -> {
          request.validate();
          return html(
              HttpStatus.OK,
              ConsentPages.consent(
                  request.client().clientId(), request.carriedParameters(), seed.users()));
        });
  }

  @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> decide(@RequestParam MultiValueMap<String, String> params) {
    return handle(
        params,
        request -> {
          String challenge = request.validate();
          if (!"allow".equals(Forms.single(params, "decision"))) {
            throw new OAuthException(OAuthError.ACCESS_DENIED, "The user cancelled");
          }
          String userId = Forms.required(params, "user_id");
          if (seed.user(userId).isEmpty()) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Unknown user");
          }
          String code =
              grants.issueCode(
                  request.client().clientId(), userId, request.redirectUriAsSent(), challenge);
          Map<String, String> answer = new LinkedHashMap<>();
          answer.put("code", code);
          return redirect(request, answer);
        });
  }

  private interface Step {
    ResponseEntity<String> apply(AuthorizationRequest request);
  }

  private ResponseEntity<String> handle(MultiValueMap<String, String> params, Step step) {
    AuthorizationRequest request;
    try {
      request = AuthorizationRequest.read(params, clients);
    } catch (AuthorizationRequest.Unredirectable e) {
      return html(HttpStatus.BAD_REQUEST, ConsentPages.error(e.getMessage()));
    }
    try {
      return step.apply(request);
    } catch (OAuthException e) {
      Map<String, String> answer = new LinkedHashMap<>();
      answer.put("error", e.error().code());
      answer.put("error_description", e.getMessage());
      return redirect(request, answer);
    }
  }

  private static ResponseEntity<String> redirect(
      AuthorizationRequest request, Map<String, String> answer) {
    @Nullable String state = request.state();
    if (state != null) {
      answer.put("state", state);
    }
    UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(request.redirectUri());
    answer.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
    URI location = uri.encode().buildAndExpand(answer).toUri();
    return ResponseEntity.status(HttpStatus.FOUND)
        .header(HttpHeaders.LOCATION, location.toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
