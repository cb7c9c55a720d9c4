package com.crewbid.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The platform admin registers, lists, suspends and restores agencies over HTTP. */
@IntegrationTest
class AdminTenantsIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Callers callers;
  ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = callers.admin(port);
  }

  @Test
  void whenAdminRegistersAnAgencyWithoutPasswordThenTheOwnerCanSignInWithTheGeneratedOne() {
    String slug = "gen-" + UUID.randomUUID().toString().substring(0, 8);

    ApiClient.Response created =
        admin.postJson(
            "/api/admin/tenants",
            Map.of(
                "name",
                "Generated Co",
                "slug",
                slug,
                "ownerEmail",
                slug + "@owner.test",
                "ownerName",
                "Gen Owner"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains(created.json().path("id").asString()));
    assertThat(created.json().path("status").asString()).isEqualTo("ACTIVE");
    String password = created.json().path("ownerInitialPassword").asString();
    assertThat(password).hasSizeGreaterThanOrEqualTo(20);

    ApiClient owner = new ApiClient(port);
    assertThat(owner.signIn(slug + "@owner.test", password).status()).isEqualTo(200);
    JsonNode audit = owner.get("/api/agency/audit-events").json();
    assertThat(audit.path("items").findValuesAsString("action"))
        .contains("agency.created", "member.added", "auth.sign-in");
    JsonNode created_ =
        audit.path("items").findParents("action").stream()
            .filter(n -> n.path("action").asString().equals("agency.created"))
            .findFirst()
            .orElseThrow();
    assertThat(created_.path("actorEmail").asString()).isEqualTo("admin@crewbid.test");
  }

  @Test
  void whenSlugOrEmailIsTakenThen409AndNothingIsProvisioned() {
    String slug = "dup-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> request =
        Map.of(
            "name",
            "Dup",
            "slug",
            slug,
            "ownerEmail",
            slug + "@owner.test",
            "ownerName",
            "Dup Owner",
            "ownerPassword",
            "Tidal-quartz-meadow-58");
    assertThat(admin.postJson("/api/admin/tenants", request).status()).isEqualTo(201);
    long before = tenantCount();

    ApiClient.Response sameSlug = admin.postJson("/api/admin/tenants", request);
    ApiClient.Response sameEmail =
        admin.postJson(
            "/api/admin/tenants",
            Map.of(
                "name",
                "Dup 2",
                "slug",
                slug + "-2",
                "ownerEmail",
                slug.toUpperCase() + "@OWNER.test",
                "ownerName",
                "X"));

    assertThat(sameSlug.status()).isEqualTo(409);
    assertThat(sameSlug.json().path("errors").get(0).path("field").asString()).isEqualTo("slug");
    assertThat(sameEmail.status()).isEqualTo(409);
    assertThat(sameEmail.json().path("errors").get(0).path("field").asString())
        .isEqualTo("ownerEmail");
    assertThat(tenantCount()).isEqualTo(before);
  }

  @Test
  void whenTheAdminChoosesAWeakOwnerPasswordThenThePolicyRefusesItAndNothingIsCreated() {
    String slug = "weak-" + UUID.randomUUID().toString().substring(0, 8);
    long before = tenantCount();

    ApiClient.Response refused =
        admin.postJson(
            "/api/admin/tenants",
            Map.of(
                "name",
                "Weak",
                "slug",
                slug,
                "ownerEmail",
                slug + "@owner.test",
                "ownerName",
                "Weak Owner",
                "ownerPassword",
                "password1234"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.problemType()).endsWith("/validation");
    assertThat(refused.json().path("errors").findValuesAsString("field"))
        .containsOnly("ownerPassword");
    assertThat(tenantCount()).isEqualTo(before);
  }

  @Test
  void whenRegistrationIsInvalidThen400NamesTheFields() {
    ApiClient.Response response =
        admin.postJson(
            "/api/admin/tenants",
            Map.of(
                "name",
                " ",
                "slug",
                "-Bad Slug-",
                "ownerEmail",
                "not-an-email",
                "ownerName",
                "",
                "ownerPassword",
                "short"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").findValuesAsString("field"))
        .contains("name", "slug", "ownerEmail", "ownerName", "ownerPassword");
  }

  @Test
  void whenAdminSuspendsAndRestoresThenTheListShowsItAndTheAgencyAuditLogRecordsIt() {
    String slug = "sus-" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        admin
            .postJson(
                "/api/admin/tenants",
                Map.of(
                    "name",
                    "Suspendable",
                    "slug",
                    slug,
                    "ownerEmail",
                    slug + "@owner.test",
                    "ownerName",
                    "S",
                    "ownerPassword",
                    "Tidal-quartz-meadow-58"))
            .json()
            .path("id")
            .asString();

    assertThat(
            admin
                .postJson("/api/admin/tenants/" + id + "/suspend", "{}")
                .json()
                .path("status")
                .asString())
        .isEqualTo("SUSPENDED");
    assertThat(
            admin
                .get("/api/admin/tenants?status=SUSPENDED&size=100")
                .json()
                .path("items")
                .findValuesAsString("id"))
        .contains(id);
    assertThat(
            admin
                .postJson("/api/admin/tenants/" + id + "/restore", "{}")
                .json()
                .path("status")
                .asString())
        .isEqualTo("ACTIVE");

    ApiClient owner = new ApiClient(port);
    owner.signIn(slug + "@owner.test", "Tidal-quartz-meadow-58");
    assertThat(
            owner.get("/api/agency/audit-events").json().path("items").findValuesAsString("action"))
        .contains("agency.suspended", "agency.restored");
    assertThat(
            owner
                .get("/api/agency/security-alerts")
                .json()
                .path("items")
                .findValuesAsString("summary"))
        .anySatisfy(summary -> assertThat(summary).contains("suspended the agency"))
        .anySatisfy(summary -> assertThat(summary).contains("restored the agency"));
  }

  @Test
  void whenAgencyIsUnknownThen404AndBadIdThen400() {
    assertThat(
            admin.postJson("/api/admin/tenants/" + UUID.randomUUID() + "/suspend", "{}").status())
        .isEqualTo(404);
    assertThat(admin.get("/api/admin/tenants/not-a-uuid").status()).isEqualTo(400);
    assertThat(admin.get("/api/admin/tenants?status=BOGUS").status()).isEqualTo(400);
  }

  private long tenantCount() {
    return jdbc.sql("select count(*) from platform.tenants").query(Long.class).single();
  }
}
