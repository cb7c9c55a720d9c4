package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Calls every {@code /api/**} endpoint as every kind of caller and checks who gets through. Adding
 * an endpoint without an entry here fails the test.
 *
 * <p>Bodies are empty JSON objects and ids are random, so allowed calls end in a validation or
 * not-found problem and change nothing; what matters is whether the caller was let in. A refusal is
 * a 401 {@code not-signed-in} or a 403 {@code forbidden}/{@code no-agency}. The owner of another
 * agency calls with the real ids of the owning agency's member, invitation, alert and session
 * instead: they must find nothing (never a success), and nothing of the agency changes.
 *
 * <p>The OpenAPI document lists every one of these endpoints (and the sign-in filters) with the
 * same access in its {@code x-crewbid-access} extension.
 */
@IntegrationTest
class AuthorizationMatrixIT {

  enum Caller {
    ANONYMOUS,
    VIEWER,
    FREELANCER,
    MANAGER,
    OWNER,
    OTHER_AGENCY_OWNER,
    PLATFORM_ADMIN
  }

  /** The least a caller needs to be let in. */
  enum Access {
    PUBLIC,
    SIGNED_IN,
    VIEWER,
    FREELANCER,
    MANAGER,
    OWNER,
    ADMIN,
    /** Only a session that passed the password and owes the code; none of the callers here. */
    SECOND_FACTOR;

    boolean lets(Caller caller) {
      return switch (this) {
        case PUBLIC -> true;
        case SECOND_FACTOR -> false;
        case SIGNED_IN -> caller != Caller.ANONYMOUS;
        case ADMIN -> caller == Caller.PLATFORM_ADMIN;
        default ->
            caller != Caller.ANONYMOUS
                && caller != Caller.PLATFORM_ADMIN
                && rank(caller) >= ordinal() - 2;
      };
    }

    private static int rank(Caller caller) {
      return switch (caller) {
        case VIEWER -> 0;
        case FREELANCER -> 1;
        case MANAGER -> 2;
        case OWNER, OTHER_AGENCY_OWNER -> 3;
        default -> -1;
      };
    }
  }

  /** Every API endpoint and who may call it. Sign-in and sign-out are filters, tested elsewhere. */
  static final Map<String, Access> MATRIX =
      Map.ofEntries(
          Map.entry("GET /api/auth/session", Access.PUBLIC),
          Map.entry("POST /api/auth/agency", Access.SIGNED_IN),
          Map.entry("POST /api/auth/sign-out-everywhere", Access.SIGNED_IN),
          Map.entry("POST /api/auth/mfa", Access.SECOND_FACTOR),
          Map.entry("POST /api/auth/mfa/sms", Access.SECOND_FACTOR),
          Map.entry("POST /api/auth/password-reset", Access.PUBLIC),
          Map.entry("POST /api/auth/password-reset/confirm", Access.PUBLIC),
          Map.entry("POST /api/auth/email-verification", Access.SIGNED_IN),
          Map.entry("POST /api/auth/email-verification/confirm", Access.PUBLIC),
          Map.entry("GET /api/me/sessions", Access.SIGNED_IN),
          Map.entry("DELETE /api/me/sessions/{sessionId}", Access.SIGNED_IN),
          Map.entry("GET /api/me/export", Access.SIGNED_IN),
          Map.entry("DELETE /api/me", Access.SIGNED_IN),
          Map.entry("POST /api/me/password", Access.SIGNED_IN),
          Map.entry("GET /api/me/mfa", Access.SIGNED_IN),
          Map.entry("POST /api/me/mfa/totp", Access.SIGNED_IN),
          Map.entry("POST /api/me/mfa/totp/confirm", Access.SIGNED_IN),
          Map.entry("POST /api/me/mfa/backup-codes", Access.SIGNED_IN),
          Map.entry("DELETE /api/me/mfa", Access.SIGNED_IN),
          Map.entry("POST /api/me/mfa/sms", Access.SIGNED_IN),
          Map.entry("POST /api/me/mfa/sms/confirm", Access.SIGNED_IN),
          Map.entry("DELETE /api/me/mfa/sms", Access.SIGNED_IN),
          Map.entry("POST /api/onboarding/agencies", Access.SIGNED_IN),
          Map.entry("GET /api/me/upwork-account", Access.VIEWER),
          Map.entry("POST /api/me/upwork-account/link", Access.FREELANCER),
          Map.entry("POST /api/me/upwork-account/link/complete", Access.FREELANCER),
          Map.entry("DELETE /api/me/upwork-account", Access.VIEWER),
          Map.entry("GET /api/me/upwork-account/organizations", Access.FREELANCER),
          Map.entry("PUT /api/me/upwork-account/organization", Access.FREELANCER),
          Map.entry("POST /api/me/upwork-account/profile-sync", Access.FREELANCER),
          Map.entry("GET /api/me/upwork-account/profile", Access.VIEWER),
          Map.entry("GET /api/agency/upwork-accounts", Access.MANAGER),
          Map.entry("POST /api/agency/upwork-accounts/{memberId}/relink-request", Access.MANAGER),
          Map.entry("POST /api/admin/secrets/rotation", Access.ADMIN),
          Map.entry("GET /api/invitations/{token}", Access.PUBLIC),
          Map.entry("POST /api/invitations/{token}/accept", Access.PUBLIC),
          Map.entry("GET /api/agency", Access.VIEWER),
          Map.entry("PUT /api/agency", Access.MANAGER),
          Map.entry("GET /api/agency/audit-events", Access.MANAGER),
          Map.entry("GET /api/agency/members", Access.VIEWER),
          Map.entry("PATCH /api/agency/members/{userId}", Access.MANAGER),
          Map.entry("DELETE /api/agency/members/{userId}", Access.VIEWER),
          Map.entry("GET /api/agency/invitations", Access.MANAGER),
          Map.entry("POST /api/agency/invitations", Access.MANAGER),
          Map.entry("DELETE /api/agency/invitations/{invitationId}", Access.MANAGER),
          Map.entry("GET /api/agency/security-policy", Access.VIEWER),
          Map.entry("PUT /api/agency/security-policy", Access.OWNER),
          Map.entry("GET /api/agency/security-alerts", Access.OWNER),
          Map.entry("POST /api/agency/security-alerts/{alertId}/acknowledge", Access.OWNER),
          Map.entry("GET /api/approval-policy", Access.MANAGER),
          Map.entry("PUT /api/approval-policy", Access.OWNER),
          Map.entry("POST /api/approval-policy/evaluate", Access.MANAGER),
          Map.entry("GET /api/proposal-templates", Access.VIEWER),
          Map.entry("POST /api/proposal-templates", Access.MANAGER),
          Map.entry("GET /api/proposal-templates/suggestions", Access.VIEWER),
          Map.entry("POST /api/proposal-templates/preview", Access.VIEWER),
          Map.entry("GET /api/proposal-templates/{templateId}", Access.VIEWER),
          Map.entry("PUT /api/proposal-templates/{templateId}", Access.MANAGER),
          Map.entry("POST /api/proposal-templates/{templateId}/archive", Access.MANAGER),
          Map.entry("POST /api/proposal-templates/{templateId}/unarchive", Access.MANAGER),
          Map.entry("POST /api/proposal-templates/{templateId}/restore", Access.MANAGER),
          Map.entry("GET /api/proposal-templates/{templateId}/versions", Access.VIEWER),
          Map.entry("GET /api/proposal-templates/{templateId}/versions/{versionId}", Access.VIEWER),
          Map.entry("POST /api/proposal-templates/{templateId}/preview", Access.VIEWER),
          Map.entry("GET /api/proposal-variables", Access.VIEWER),
          Map.entry("GET /api/proposals", Access.VIEWER),
          Map.entry("POST /api/proposals", Access.FREELANCER),
          Map.entry("GET /api/proposals/collisions", Access.FREELANCER),
          Map.entry("GET /api/proposals/approval-queue", Access.FREELANCER),
          Map.entry("GET /api/proposals/{proposalId}", Access.VIEWER),
          Map.entry("PUT /api/proposals/{proposalId}", Access.FREELANCER),
          Map.entry("DELETE /api/proposals/{proposalId}", Access.FREELANCER),
          Map.entry("POST /api/proposals/{proposalId}/submit-for-approval", Access.FREELANCER),
          Map.entry("POST /api/proposals/{proposalId}/approve", Access.FREELANCER),
          Map.entry("POST /api/proposals/{proposalId}/reject", Access.FREELANCER),
          Map.entry("POST /api/proposals/{proposalId}/request-changes", Access.FREELANCER),
          Map.entry("POST /api/proposals/{proposalId}/withdraw", Access.FREELANCER),
          Map.entry("POST /api/proposals/{proposalId}/send", Access.FREELANCER),
          Map.entry("POST /api/proposals/{proposalId}/mark-sent", Access.FREELANCER),
          Map.entry("POST /api/proposals/{proposalId}/mark-not-sent", Access.FREELANCER),
          Map.entry("POST /api/proposals/{proposalId}/check-upwork", Access.FREELANCER),
          Map.entry("POST /api/proposals/{proposalId}/outcome", Access.FREELANCER),
          Map.entry("GET /api/proposals/{proposalId}/comments", Access.VIEWER),
          Map.entry("POST /api/proposals/{proposalId}/comments", Access.FREELANCER),
          Map.entry("POST /api/proposal-variables", Access.MANAGER),
          Map.entry("PUT /api/proposal-variables/{key}", Access.MANAGER),
          Map.entry("DELETE /api/proposal-variables/{key}", Access.MANAGER),
          Map.entry("GET /api/admin/security-alerts", Access.ADMIN),
          Map.entry("POST /api/admin/security-alerts/{alertId}/acknowledge", Access.ADMIN),
          Map.entry("GET /api/admin/tenants", Access.ADMIN),
          Map.entry("POST /api/admin/tenants", Access.ADMIN),
          Map.entry("GET /api/admin/tenants/{tenantId}", Access.ADMIN),
          Map.entry("POST /api/admin/tenants/{tenantId}/suspend", Access.ADMIN),
          Map.entry("POST /api/admin/tenants/{tenantId}/restore", Access.ADMIN),
          Map.entry("GET /api/admin/users", Access.ADMIN),
          Map.entry("POST /api/admin/users/{userId}/lock", Access.ADMIN),
          Map.entry("POST /api/admin/users/{userId}/unlock", Access.ADMIN),
          Map.entry("GET /api/notifications", Access.VIEWER),
          Map.entry("GET /api/notifications/unread-count", Access.VIEWER),
          Map.entry("POST /api/notifications/{notificationId}/read", Access.VIEWER),
          Map.entry("POST /api/notifications/read-all", Access.VIEWER),
          Map.entry("GET /api/notifications/preferences", Access.VIEWER),
          Map.entry("PUT /api/notifications/preferences", Access.VIEWER),
          Map.entry("GET /api/notifications/stream", Access.VIEWER),
          Map.entry("GET /api/admin/security-events", Access.ADMIN),
          Map.entry("GET /api/auth/upwork-link", Access.PUBLIC),
          Map.entry("POST /api/auth/upwork-link", Access.PUBLIC),
          Map.entry("DELETE /api/auth/upwork-link", Access.PUBLIC),
          Map.entry("GET /api/jobs", Access.VIEWER),
          Map.entry("GET /api/jobs/categories", Access.VIEWER),
          Map.entry("POST /api/jobs/fetches", Access.FREELANCER),
          Map.entry("POST /api/saved-searches/{searchId}/run", Access.FREELANCER),
          Map.entry("GET /api/jobs/{jobId}", Access.VIEWER),
          Map.entry("PUT /api/jobs/{jobId}/favorite", Access.FREELANCER),
          Map.entry("DELETE /api/jobs/{jobId}/favorite", Access.FREELANCER),
          Map.entry("GET /api/jobs/favorites", Access.FREELANCER),
          Map.entry("PUT /api/jobs/{jobId}/hidden", Access.FREELANCER),
          Map.entry("DELETE /api/jobs/{jobId}/hidden", Access.FREELANCER),
          Map.entry("GET /api/jobs/hidden", Access.FREELANCER),
          Map.entry("GET /api/saved-searches", Access.FREELANCER),
          Map.entry("POST /api/saved-searches", Access.FREELANCER),
          Map.entry("GET /api/saved-searches/{searchId}", Access.FREELANCER),
          Map.entry("PUT /api/saved-searches/{searchId}", Access.FREELANCER),
          Map.entry("DELETE /api/saved-searches/{searchId}", Access.FREELANCER),
          Map.entry("GET /api/saved-searches/{searchId}/new-matches", Access.FREELANCER),
          Map.entry("POST /api/saved-searches/{searchId}/new-matches/seen", Access.FREELANCER));

  /** Endpoints that end the caller's session when let in; the caller signs in again after. */
  static final Set<String> SESSION_ENDING = Set.of("POST /api/auth/sign-out-everywhere");

  /** Endpoints that answer with a stream of events: opened, judged by the answer, closed. */
  static final Set<String> STREAMS = Set.of("GET /api/notifications/stream");

  static final Set<String> REFUSALS =
      Set.of("not-signed-in", "forbidden", "no-agency", "csrf", "mfa-enrollment-required");

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired com.crewbid.identity.internal.SecurityAlerts alerts;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void whenEndpointsAreListedThenEachHasAnEntryInTheMatrix() {
    assertThat(new TreeSet<>(apiEndpoints())).isEqualTo(new TreeSet<>(MATRIX.keySet()));
  }

  /** Sign-in and sign-out are security filters, not controllers; the document has them too. */
  static final Map<String, Access> FILTERS =
      Map.of("POST /api/auth/sign-in", Access.PUBLIC, "POST /api/auth/sign-out", Access.SIGNED_IN);

  @Test
  void whenTheApiDocumentIsReadThenItDescribesEveryEndpointWithTheAccessItNeeds() {
    JsonNode paths = new ApiClient(port).get("/v3/api-docs").json().path("paths");
    Map<String, Access> expected = new TreeMap<>(MATRIX);
    expected.putAll(FILTERS);

    List<String> wrong = new ArrayList<>();
    expected.forEach(
        (endpoint, access) -> {
          String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase();
          String path = endpoint.substring(endpoint.indexOf(' ') + 1);
          JsonNode operation = paths.path(path).path(method);
          if (operation.isMissingNode()) {
            wrong.add(endpoint + ": missing");
          } else if (!access.name().equals(operation.path("x-crewbid-access").asString())) {
            wrong.add(endpoint + ": " + operation.path("x-crewbid-access") + " not " + access);
          } else if (operation.path("summary").asString().isBlank()
              || !operation.path("responses").has("429")) {
            wrong.add(endpoint + ": no summary or no 429 response");
          }
        });

    assertThat(wrong).isEmpty();
  }

  @Test
  void whenEveryCallerCallsEveryEndpointThenOnlyThoseAllowedGetIn() {
    TestAgencies.Agency agency = agencies.register("matrix");
    TestAgencies.Agency other = agencies.register("matrix-other");
    Map<Caller, ApiClient> clients = new EnumMap<>(Caller.class);
    for (Caller caller : Caller.values()) {
      clients.put(caller, signIn(caller, agency, other));
    }
    Map<String, String> foreignIds = realIdsOf(agency, clients);

    List<String> wrong = new ArrayList<>();
    Map<String, Access> ordered = new TreeMap<>(MATRIX);
    SESSION_ENDING.forEach(ordered::remove);
    ordered.putAll(
        Map.of(
            "POST /api/auth/sign-out-everywhere",
            MATRIX.get("POST /api/auth/sign-out-everywhere")));
    for (Map.Entry<String, Access> endpoint : ordered.entrySet()) {
      for (Caller caller : Caller.values()) {
        boolean foreign = caller == Caller.OTHER_AGENCY_OWNER;
        ApiClient.Response response =
            call(clients.get(caller), endpoint.getKey(), foreign ? foreignIds : Map.of());
        boolean refused = refused(response);
        boolean expectedIn = endpoint.getValue().lets(caller);
        boolean foreignFound =
            foreign
                && endpoint.getKey().contains("{")
                && !endpoint.getKey().contains("{token}")
                && response.status() < 300;
        if (response.status() >= 500 || refused == expectedIn || foreignFound) {
          wrong.add(
              endpoint.getKey()
                  + " as "
                  + caller
                  + ": HTTP "
                  + response.status()
                  + " "
                  + response.body());
        }
        if (SESSION_ENDING.contains(endpoint.getKey()) && expectedIn) {
          clients.put(caller, signIn(caller, agency, other));
        }
      }
    }

    assertThat(wrong).isEmpty();
    ApiClient owner = clients.get(Caller.OWNER);
    assertThat(owner.get("/api/agency/members").json().path("items").findValuesAsString("userId"))
        .as("the other agency's owner removed nobody")
        .contains(foreignIds.get("{userId}"));
    assertThat(owner.get("/api/agency/invitations").json().path("items").valueStream())
        .as("the other agency's owner revoked no invitation")
        .anyMatch(
            i ->
                i.path("id").asString().equals(foreignIds.get("{invitationId}"))
                    && i.path("status").asString().equals("PENDING"));
    assertThat(
            owner
                .get("/api/agency/security-alerts?status=OPEN")
                .json()
                .path("items")
                .findValuesAsString("id"))
        .as("the other agency's owner acknowledged no alert")
        .contains(foreignIds.get("{alertId}"));
  }

  /**
   * Real ids of the owning agency's things, for the other agency's owner to try: a member (the
   * viewer), an open invitation, an open alert, the viewer's session; the agency itself.
   */
  private Map<String, String> realIdsOf(
      TestAgencies.Agency agency, Map<Caller, ApiClient> clients) {
    ApiClient owner = clients.get(Caller.OWNER);
    ApiClient viewer = clients.get(Caller.VIEWER);
    String invitation =
        owner
            .postJson(
                "/api/agency/invitations",
                Map.of("email", "matrix-" + UUID.randomUUID() + "@matrix.test", "role", "VIEWER"))
            .json()
            .path("id")
            .asString();
    alerts.raise(
        agency.id(),
        null,
        com.crewbid.identity.internal.SecurityAlerts.Kind.NEW_DEVICE,
        "INFO",
        "A test alert of the matrix agency",
        null,
        Map.of());
    String alert =
        owner.get("/api/agency/security-alerts").json().path("items").get(0).path("id").asString();
    String session =
        viewer.get("/api/me/sessions").json().path("items").get(0).path("id").asString();
    return Map.of(
        "{userId}",
        viewer.get("/api/auth/session").json().path("user").path("id").asString(),
        "{invitationId}",
        invitation,
        "{alertId}",
        alert,
        "{sessionId}",
        session,
        "{tenantId}",
        agency.id().toString());
  }

  private ApiClient signIn(Caller caller, TestAgencies.Agency agency, TestAgencies.Agency other) {
    return switch (caller) {
      case ANONYMOUS -> {
        ApiClient anonymous = new ApiClient(port);
        anonymous.get("/api/auth/session");
        yield anonymous;
      }
      case VIEWER -> callers.member(port, agency, AgencyRole.VIEWER);
      case FREELANCER -> callers.member(port, agency, AgencyRole.FREELANCER);
      case MANAGER -> callers.member(port, agency, AgencyRole.MANAGER);
      case OWNER -> callers.member(port, agency, AgencyRole.OWNER);
      case OTHER_AGENCY_OWNER -> callers.member(port, other, AgencyRole.OWNER);
      case PLATFORM_ADMIN -> callers.freshAdmin(port);
    };
  }

  private static ApiClient.Response call(
      ApiClient client, String endpoint, Map<String, String> ids) {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path = endpoint.substring(endpoint.indexOf(' ') + 1);
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace(id.getKey(), id.getValue());
    }
    path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    if (STREAMS.contains(endpoint)) {
      try (var stream = client.openEventStream(path)) {
        return stream.response();
      }
    }
    boolean hasBody = !method.equals("GET") && !method.equals("DELETE");
    return client.send(method, path, hasBody ? "{}" : null);
  }

  private static boolean refused(ApiClient.Response response) {
    if (response.status() != 401 && response.status() != 403) {
      return false;
    }
    String type = response.problemType();
    return REFUSALS.stream().anyMatch(type::endsWith);
  }

  private List<String> apiEndpoints() {
    List<String> endpoints = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info -> {
              for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                  continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
              }
            });
    return endpoints;
  }
}
