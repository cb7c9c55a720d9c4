package com.crewbid.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The owner reads and edits the agency profile; bad input is a clear 4xx and changes nothing. */
@IntegrationTest
class AgencyProfileIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;

  TestAgencies.Agency agency;
  ApiClient owner;

  @BeforeEach
  void signIn() {
    agency = agencies.register("profile");
    owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
  }

  @Test
  void whenOwnerEditsTheProfileThenItIsSavedVersionedAndAudited() {
    ApiClient.Response read = owner.get("/api/agency");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("slug").asString()).isEqualTo(agency.slug());

    ApiClient.Response saved =
        owner.putJson(
            "/api/agency",
            body(
                "Renamed Agency",
                "Europe/Kyiv",
                "EUR",
                "https://renamed.example",
                "https://cdn.example/logo.png"),
            "If-Match",
            read.header("ETag").orElseThrow());

    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.json().path("name").asString()).isEqualTo("Renamed Agency");
    assertThat(saved.json().path("timezone").asString()).isEqualTo("Europe/Kyiv");
    assertThat(saved.json().path("version").asLong())
        .isEqualTo(read.json().path("version").asLong() + 1);
    assertThat(saved.header("ETag")).isNotEqualTo(read.header("ETag"));
    assertThat(owner.get("/api/agency").json().path("defaultCurrency").asString()).isEqualTo("EUR");

    JsonNode audit = owner.get("/api/agency/audit-events").json();
    JsonNode latest = audit.path("items").get(0);
    assertThat(latest.path("action").asString()).isEqualTo("agency.profile.updated");
    assertThat(latest.path("actorEmail").asString()).isEqualTo(agency.ownerEmail());
    assertThat(latest.path("ip").asString()).isNotBlank();
    assertThat(latest.path("details").path("changed").path("name").path("to").asString())
        .isEqualTo("Renamed Agency");
    assertThat(audit.path("totalItems").asLong()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void whenTwoPeopleEditFromTheSameVersionThenTheSecondGets412AndTheFirstChangeStays() {
    String etag = owner.get("/api/agency").header("ETag").orElseThrow();
    assertThat(
            owner
                .putJson("/api/agency", body("First", "UTC", "USD", null, null), "If-Match", etag)
                .status())
        .isEqualTo(200);

    ApiClient.Response stale =
        owner.putJson("/api/agency", body("Second", "UTC", "USD", null, null), "If-Match", etag);

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.problemType()).endsWith("/stale-version");
    assertThat(owner.get("/api/agency").json().path("name").asString()).isEqualTo("First");
  }

  @Test
  void whenIfMatchIsMissingThen428() {
    ApiClient.Response response =
        owner.putJson("/api/agency", body("No precondition", "UTC", "USD", null, null));

    assertThat(response.status()).isEqualTo(428);
    assertThat(response.problemType()).endsWith("/precondition-required");
  }

  @Test
  void whenFieldsAreInvalidThen400NamesEachFieldAndNothingChanges() {
    ApiClient.Response read = owner.get("/api/agency");

    ApiClient.Response invalid =
        owner.putJson(
            "/api/agency",
            body(
                "",
                "Mars/Olympus",
                "usd",
                "ftp://files.example",
                "http://insecure.example/logo.png"),
            "If-Match",
            read.header("ETag").orElseThrow());

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.problemType()).endsWith("/validation");
    assertThat(invalid.json().path("errors").findValuesAsString("field"))
        .contains("name", "timezone", "defaultCurrency", "website", "logoUrl");
    assertThat(owner.get("/api/agency").json()).isEqualTo(read.json());
  }

  @Test
  void whenBodyIsMalformedThen400ProblemAndNothingChanges() {
    ApiClient.Response read = owner.get("/api/agency");

    ApiClient.Response malformed =
        owner.putJson(
            "/api/agency", "{\"name\": \"half", "If-Match", read.header("ETag").orElseThrow());
    ApiClient.Response wrongType =
        owner.putJson("/api/agency", "[1,2,3]", "If-Match", read.header("ETag").orElseThrow());

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.problemType()).endsWith("/malformed-request");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(owner.get("/api/agency").json()).isEqualTo(read.json());
  }

  @Test
  void whenPagingParametersAreWrongThenTheAnswerIs400Not500() {
    assertThat(owner.get("/api/agency/audit-events?page=abc").status()).isEqualTo(400);
    assertThat(owner.get("/api/agency/audit-events?sort=passwordHash,desc").status())
        .isEqualTo(400);
    assertThat(owner.get("/api/agency/audit-events?size=100000").json().path("size").asInt())
        .isEqualTo(100);
  }

  @Test
  void whenAnUnknownApiPathIsCalledThen404Problem() {
    ApiClient.Response response = owner.get("/api/nothing-here");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.problemType()).endsWith("/not-found");
  }

  static Map<String, Object> body(
      String name, String timezone, String currency, String website, String logo) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("timezone", timezone);
    body.put("defaultCurrency", currency);
    body.put("website", website);
    body.put("logoUrl", logo);
    return body;
  }
}
