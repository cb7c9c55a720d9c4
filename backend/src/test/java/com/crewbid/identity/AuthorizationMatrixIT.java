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

/**
 * Calls every {@code /api/**} endpoint as every kind of caller and checks who gets through. Adding
 * an endpoint without an entry here fails the test.
 *
 * <p>Bodies are empty JSON objects and ids are random, so allowed calls end in a validation or
 * not-found problem and change nothing; what matters is whether the caller was let in. A refusal is
 * a 401 {@code not-signed-in} or a 403 {@code forbidden}/{@code no-agency}.
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
          Map.entry("POST /api/admin/users/{userId}/unlock", Access.ADMIN));

  /** Endpoints that end the caller's session when let in; the caller signs in again after. */
  static final Set<String> SESSION_ENDING = Set.of("POST /api/auth/sign-out-everywhere");

  static final Set<String> REFUSALS =
      Set.of("not-signed-in", "forbidden", "no-agency", "csrf", "mfa-enrollment-required");

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void whenEndpointsAreListedThenEachHasAnEntryInTheMatrix() {
    assertThat(new TreeSet<>(apiEndpoints())).isEqualTo(new TreeSet<>(MATRIX.keySet()));
  }

  @Test
  void whenEveryCallerCallsEveryEndpointThenOnlyThoseAllowedGetIn() {
    TestAgencies.Agency agency = agencies.register("matrix");
    TestAgencies.Agency other = agencies.register("matrix-other");
    Map<Caller, ApiClient> clients = new EnumMap<>(Caller.class);
    for (Caller caller : Caller.values()) {
      clients.put(caller, signIn(caller, agency, other));
    }

    List<String> wrong = new ArrayList<>();
    Map<String, Access> ordered = new TreeMap<>(MATRIX);
    SESSION_ENDING.forEach(ordered::remove);
    ordered.putAll(
        Map.of(
            "POST /api/auth/sign-out-everywhere",
            MATRIX.get("POST /api/auth/sign-out-everywhere")));
    for (Map.Entry<String, Access> endpoint : ordered.entrySet()) {
      for (Caller caller : Caller.values()) {
        ApiClient.Response response = call(clients.get(caller), endpoint.getKey());
        boolean refused = refused(response);
        boolean expectedIn = endpoint.getValue().lets(caller);
        if (response.status() >= 500 || refused == expectedIn) {
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

  private static ApiClient.Response call(ApiClient client, String endpoint) {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path =
        endpoint
            .substring(endpoint.indexOf(' ') + 1)
            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
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
