package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Probes answer anyone; metrics only a platform admin who has passed both factors; an admin who has
 * not set up MFA yet can do nothing but set it up.
 */
@IntegrationTest
class OperationsEndpointsIT {

  @LocalServerPort int port;
  @Autowired Callers callers;
  @Autowired TestAgencies agencies;
  @Autowired UserAccounts accounts;

  @Test
  void whenAnyoneAsksForLivenessAndReadinessThenBothAreUp() {
    for (String probe : new String[] {"liveness", "readiness"}) {
      ApiClient.Response response = new ApiClient(port).get("/actuator/health/" + probe);

      assertThat(response.status()).as(probe).isEqualTo(200);
      assertThat(response.json().path("status").asString()).as(probe).isEqualTo("UP");
    }
  }

  @Test
  void whenMetricsAreAskedForThenOnlyAPlatformAdminWithBothFactorsGetsThem() {
    var agency = agencies.register("metrics");
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());

    assertThat(new ApiClient(port).get("/actuator/metrics").status()).isEqualTo(401);
    assertThat(owner.get("/actuator/metrics").status()).isEqualTo(403);
    assertThat(callers.admin(port).get("/actuator/metrics").status()).isEqualTo(200);
  }

  @Test
  void whenPrometheusScrapesThenAPlatformAdminGetsTheUpworkClientSeriesAndNobodyElse() {
    var agency = agencies.register("prometheus");
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
    // Some Upwork traffic, so that the client's series exist: Sign in with Upwork asks who it is.
    com.crewbid.support.UpworkConsent.signIn(new ApiClient(port), "Priya");

    ApiClient.Response scraped = callers.admin(port).get("/actuator/prometheus");

    assertThat(new ApiClient(port).get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(owner.get("/actuator/prometheus").status()).isEqualTo(403);
    assertThat(scraped.status()).isEqualTo(200);
    assertThat(scraped.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(scraped.body())
        .contains("upwork_client_calls_total{")
        .contains("upwork_client_requests_seconds_count{")
        .contains("resilience4j_circuitbreaker_state{")
        .contains("operation=\"CrewbidSignInUser\"");
  }

  @Test
  void whenAPlatformAdminHasNotSetUpMfaThenTheConsoleAndMetricsAreRefusedUntilTheyDo() {
    String email = "new-admin-" + UUID.randomUUID().toString().substring(0, 8) + "@ops.test";
    String password = "Meadow-cobalt-ember-71";
    accounts.ensurePlatformAdmin(email, "New admin", password);
    ApiClient admin = new ApiClient(port);

    ApiClient.Response signIn = admin.signIn(email, password);

    assertThat(signIn.json().path("mfaEnrollmentRequired").asBoolean()).isTrue();
    for (String path :
        new String[] {"/api/admin/tenants", "/api/admin/users", "/actuator/metrics"}) {
      ApiClient.Response refused = admin.get(path);
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.problemType()).as(path).endsWith("/mfa-enrollment-required");
    }
    assertThat(admin.get("/api/me/mfa").status()).isEqualTo(200);
    assertThat(admin.get("/actuator/health/liveness").status()).isEqualTo(200);
  }

  @Test
  void whenTheApiDocumentIsAskedForThenAnyoneGetsOpenApiJson() {
    ApiClient.Response docs = new ApiClient(port).get("/v3/api-docs");

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().path("openapi").asString()).startsWith("3.");
    assertThat(docs.json().path("paths").has("/api/agency")).isTrue();
  }
}
