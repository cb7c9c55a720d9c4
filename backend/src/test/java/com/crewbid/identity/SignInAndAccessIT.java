package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.admin.AgencyRegistration;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in, sessions, CSRF and role checks through the real security filter chain over HTTP. */
@IntegrationTest
class SignInAndAccessIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired AgencyRegistration registration;
  @Autowired Callers callers;

  TestAgencies.Agency northwind;
  TestAgencies.Agency bluefin;

  @BeforeEach
  void agencies() {
    northwind = agencies.register("northwind");
    bluefin = agencies.register("bluefin");
  }

  @Test
  void whenOwnerSignsInThenSessionShowsTheirAgencyAndSessionIdRotates() {
    ApiClient browser = new ApiClient(port);
    // Starting Sign in with Upwork opens a session (it keeps the OAuth state): one to rotate.
    assertThat(browser.get("/oauth2/authorization/upwork").status()).isEqualTo(302);
    String before = browser.cookie("SESSION").orElseThrow();

    ApiClient.Response signIn = browser.signIn(northwind.ownerEmail(), northwind.ownerPassword());

    assertThat(signIn.status()).isEqualTo(200);
    assertThat(signIn.json().path("authenticated").asBoolean()).isTrue();
    assertThat(signIn.json().path("agency").path("tenantId").asString())
        .isEqualTo(northwind.id().toString());
    assertThat(signIn.json().path("agency").path("role").asString()).isEqualTo("OWNER");
    assertThat(browser.cookie("SESSION")).isPresent().get().isNotEqualTo(before);
    assertThat(
            new ApiClient(port)
                .withHeader("Cookie", "SESSION=" + before)
                .get("/api/agency")
                .status())
        .as("the session id from before the sign-in does not sign anyone in")
        .isEqualTo(401);
  }

  @Test
  void whenPasswordIsWrongThenTheAnswerIsTheSameAsForAnUnknownEmail() {
    ApiClient.Response wrongPassword =
        new ApiClient(port).signIn(northwind.ownerEmail(), "not-the-password");
    ApiClient.Response unknownEmail =
        new ApiClient(port).signIn("nobody@nowhere.test", "not-the-password");

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.problemType()).endsWith("/invalid-credentials");
    assertThat(unknownEmail.status()).isEqualTo(401);
    assertThat(unknownEmail.json().path("detail")).isEqualTo(wrongPassword.json().path("detail"));
    assertThat(unknownEmail.problemType()).isEqualTo(wrongPassword.problemType());
  }

  @Test
  void whenAgencyIsSuspendedThenItsOwnerCannotSignInAndOpenSessionsEnd() {
    ApiClient signedIn = new ApiClient(port);
    assertThat(signedIn.signIn(northwind.ownerEmail(), northwind.ownerPassword()).status())
        .isEqualTo(200);

    registration.suspend(northwind.id());

    ApiClient.Response refused =
        new ApiClient(port).signIn(northwind.ownerEmail(), northwind.ownerPassword());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.problemType()).endsWith("/agency-suspended");
    ApiClient.Response cutOff = signedIn.get("/api/agency");
    assertThat(cutOff.status()).isEqualTo(403);
    assertThat(cutOff.problemType()).endsWith("/agency-suspended");

    registration.restore(northwind.id());
    assertThat(
            new ApiClient(port).signIn(northwind.ownerEmail(), northwind.ownerPassword()).status())
        .isEqualTo(200);
  }

  @Test
  void whenCsrfTokenIsMissingThenUnsafeRequestsAreRefused() {
    ApiClient browser = new ApiClient(port);
    browser.signIn(northwind.ownerEmail(), northwind.ownerPassword());
    ApiClient.Response read = browser.get("/api/agency");
    String etag = read.header("ETag").orElseThrow();

    ApiClient.Response forged =
        browser.withoutCsrf().putJson("/api/agency", profile("Forged name"), "If-Match", etag);

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.problemType()).endsWith("/csrf");
    assertThat(
            new ApiClient(port)
                .withoutCsrf()
                .postForm("/api/auth/sign-in", "email", "a@b.c", "password", "x")
                .status())
        .isEqualTo(403);
    assertThat(browser.get("/api/agency").json().path("name").asString())
        .isEqualTo(northwind.name());
  }

  @Test
  void whenNotSignedInThenApiAnswers401Problem() {
    ApiClient.Response response = new ApiClient(port).get("/api/agency");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    assertThat(response.problemType()).endsWith("/not-signed-in");
  }

  @Test
  void whenOwnerCallsAdminEndpointsThenTheyAreForbidden() {
    ApiClient owner = new ApiClient(port);
    owner.signIn(northwind.ownerEmail(), northwind.ownerPassword());

    assertThat(owner.get("/api/admin/tenants").status()).isEqualTo(403);
    assertThat(owner.postJson("/api/admin/tenants/" + bluefin.id() + "/suspend", "{}").status())
        .isEqualTo(403);
    assertThat(owner.get("/api/admin/tenants/" + bluefin.id()).status()).isEqualTo(403);
  }

  @Test
  void whenOwnerOfOneAgencyNamesAnotherThenTheyStillOnlySeeTheirOwn() {
    ApiClient owner = new ApiClient(port);
    owner.signIn(northwind.ownerEmail(), northwind.ownerPassword());

    ApiClient.Response withForeignHeader =
        owner.get(
            "/api/agency",
            "X-Tenant-Id",
            bluefin.id().toString(),
            "X-Upwork-API-TenantId",
            bluefin.id().toString());

    assertThat(withForeignHeader.json().path("id").asString()).isEqualTo(northwind.id().toString());
    assertThat(owner.get("/api/agency/audit-events?size=100").body())
        .doesNotContain(bluefin.ownerEmail(), bluefin.slug());
  }

  @Test
  void whenAdminSignsInThenTheConsoleIsOpenButNoAgencyIsSelected() {
    ApiClient admin = callers.admin(port);
    ApiClient.Response session = admin.get("/api/auth/session");

    assertThat(session.json().path("user").path("platformAdmin").asBoolean()).isTrue();
    assertThat(session.json().path("agency").isNull()).isTrue();
    assertThat(admin.get("/api/admin/tenants?size=100").status()).isEqualTo(200);
    ApiClient.Response agency = admin.get("/api/agency");
    assertThat(agency.status()).isEqualTo(403);
    assertThat(agency.problemType()).endsWith("/no-agency");
  }

  @Test
  void whenSignedOutThenTheSessionNoLongerWorks() {
    ApiClient browser = new ApiClient(port);
    browser.signIn(northwind.ownerEmail(), northwind.ownerPassword());

    assertThat(browser.postForm("/api/auth/sign-out").status()).isEqualTo(204);
    assertThat(browser.get("/api/agency").status()).isEqualTo(401);
  }

  static Map<String, Object> profile(String name) {
    return Map.of("name", name, "timezone", "UTC", "defaultCurrency", "USD");
  }
}
