package com.crewbid.upwork.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upwork's GraphQL endpoint. A missing, unknown, expired or revoked bearer token is an HTTP 401;
 * everything after that answers HTTP 200 with {@code data} and {@code errors}, as Upwork does.
 */
@RestController
@SandboxEnabled
class GraphQlController {

  static final String PATH = "/upwork-sandbox/graphql";
  static final String TENANT_HEADER = "X-Upwork-API-TenantId";

  /** The body of a GraphQL request over HTTP. */
  record GraphQlRequest(
      @Nullable String query,
      @Nullable Map<String, Object> variables,
      @Nullable String operationName) {}

  private final SandboxGrants grants;
  private final SandboxSeed seed;
  private final SandboxGraphQl graphQl;
  private final JsonMapper json;
  private final SandboxClients clients;

  GraphQlController(
      SandboxGrants grants,
      SandboxSeed seed,
      SandboxGraphQl graphQl,
      JsonMapper json,
      SandboxClients clients) {
    this.grants = grants;
    this.clients = clients;
    this.seed = seed;
    this.graphQl = graphQl;
    this.json = json;
  }

  @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> execute(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
          @Nullable String authorization,
      @RequestHeader(name = TENANT_HEADER, required = false) @Nullable String tenantId,
      @RequestBody(required = false) @Nullable String body) {
    Optional<SandboxGrants.TokenGrant> grant = bearer(authorization).flatMap(grants::accessGrant);
    Optional<SandboxSeed.User> user = grant.flatMap(g -> seed.user(g.userId()));
    if (user.isEmpty()) {
      return unauthorized();
    }
    GraphQlRequest request;
    try {
      request = json.readValue(body == null ? "" : body, GraphQlRequest.class);
    } catch (JacksonException e) {
      return ResponseEntity.ok(
          failure("The request body is not a GraphQL request in JSON", "InvalidSyntax"));
    }
    if (request == null || request.query() == null || request.query().isBlank()) {
      return ResponseEntity.ok(failure("The request has no query", "InvalidSyntax"));
    }
    SandboxSeed.Organization organization;
    if (tenantId == null || tenantId.isBlank()) {
      organization = seed.personalOrganizationOf(user.get().id());
    } else {
      Optional<SandboxSeed.Organization> named =
          seed.organization(tenantId).filter(o -> o.hasMember(user.get().id()));
      if (named.isEmpty()) {
        return ResponseEntity.ok(
            failure(
                "The organization in " + TENANT_HEADER + " is not one of the user's organizations",
                "PermissionDenied"));
      }
      organization = named.get();
    }
    return ResponseEntity.ok(
        graphQl.execute(
            request.query(),
            request.variables(),
            request.operationName(),
            new SandboxCaller(user.get(), organization, permissionsOf(grant.get().clientId()))));
  }

  private List<String> permissionsOf(String clientId) {
    return clients.permissionsOf(clientId);
  }

  private static Optional<String> bearer(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = authorization.substring(7).trim();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }

  /** As RFC 6750 §3.1 describes; the body repeats the header for clients that read only JSON. */
  private static ResponseEntity<Map<String, Object>> unauthorized() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "invalid_token");
    body.put("error_description", "The access token is missing, expired, revoked or unknown");
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(
            HttpHeaders.WWW_AUTHENTICATE,
            "Bearer realm=\"upwork-sandbox\", error=\"invalid_token\"")
        .body(body);
  }

  private static Map<String, Object> failure(String message, String classification) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("extensions", Map.of("classification", classification));
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("data", null);
    response.put("errors", List.of(error));
    return response;
  }
}
