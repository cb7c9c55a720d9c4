package com.crewbid.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Saved searches: the member's own, refreshed at most every 15 minutes when opted in. */
@IntegrationTest
class SavedSearchesIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;

  TestAgencies.Agency agency;
  ApiClient freelancer;

  @BeforeEach
  void agency() {
    agency = agencies.register("saved");
    freelancer = callers.member(port, agency, AgencyRole.FREELANCER);
  }

  static Map<String, Object> search(String name, Object refreshMinutes) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put(
        "criteria",
        Map.of(
            "keywords",
            "angular",
            "jobType",
            "HOURLY",
            "hourlyMin",
            40,
            "categoryIds",
            java.util.List.of("531770282580668418")));
    body.put("refreshMinutes", refreshMinutes);
    return body;
  }

  @Test
  void whenListsArePagedOutOfRangeOrCriteriaHoldHugeAmountsThen400AndNothingIsSaved() {
    String id =
        freelancer
            .postJson("/api/saved-searches", search("Angular", null))
            .json()
            .path("id")
            .asString();

    for (String path :
        List.of("/api/saved-searches", "/api/saved-searches/" + id + "/new-matches")) {
      for (String query : List.of("page=-1", "page=999999999", "page=21474837&size=100")) {
        ApiClient.Response paged = freelancer.get(path + "?" + query);
        assertThat(paged.status()).as(path + "?" + query).isEqualTo(400);
        assertThat(paged.problemType()).endsWith("/validation");
      }
    }
    for (Object amount :
        List.of(new java.math.BigDecimal("1e200000"), new java.math.BigDecimal("1e-999999999"))) {
      ApiClient.Response saved =
          freelancer.postJson(
              "/api/saved-searches",
              Map.of("name", "Huge", "criteria", Map.of("budgetMin", amount)));
      assertThat(saved.status()).as(saved.body()).isEqualTo(400);
      assertThat(saved.problemType()).endsWith("/validation");
      assertThat(saved.json().path("errors").get(0).path("field").asString())
          .isEqualTo("criteria.budgetMin");
    }
    assertThat(freelancer.get("/api/saved-searches").json().path("totalItems").asInt())
        .isEqualTo(1);
  }

  @Test
  void whenSavingASearchThenItIsListedWithItsCriteriaAndOffByDefault() {
    ApiClient.Response created =
        freelancer.postJson("/api/saved-searches", search("Angular", null));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("ETag")).isPresent();
    JsonNode body = created.json();
    assertThat(body.path("refreshMinutes").isNull()).isTrue();
    assertThat(body.path("nextRunAt").isNull()).isTrue();
    assertThat(body.path("criteria").path("keywords").asString()).isEqualTo("angular");
    assertThat(body.path("criteria").path("hourlyMin").asInt()).isEqualTo(40);
    JsonNode list = freelancer.get("/api/saved-searches").json();
    assertThat(list.path("totalItems").asInt()).isEqualTo(1);
    assertThat(list.path("items").get(0).path("newMatches").asInt()).isZero();
  }

  @Test
  void whenTheIntervalIsUnderFifteenMinutesThenValidationAndNothingIsSaved() {
    ApiClient.Response tooOften = freelancer.postJson("/api/saved-searches", search("Eager", 14));

    assertThat(tooOften.status()).isEqualTo(400);
    assertThat(tooOften.problemType()).endsWith("/validation");
    assertThat(tooOften.json().path("errors").get(0).path("field").asString())
        .isEqualTo("refreshMinutes");
    assertThat(freelancer.get("/api/saved-searches").json().path("totalItems").asInt()).isZero();

    ApiClient.Response ok = freelancer.postJson("/api/saved-searches", search("Modest", 15));
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.json().path("nextRunAt").asString()).isNotEmpty();
  }

  @Test
  void whenEditingThenIfMatchIsRequiredAndAStaleVersionIsRefused() {
    JsonNode created = freelancer.postJson("/api/saved-searches", search("Draft", null)).json();
    String path = "/api/saved-searches/" + created.path("id").asString();
    String etag = freelancer.get(path).header("ETag").orElseThrow();

    assertThat(freelancer.putJson(path, search("Renamed", 30)).status()).isEqualTo(428);
    ApiClient.Response renamed = freelancer.putJson(path, search("Renamed", 30), "If-Match", etag);
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.json().path("name").asString()).isEqualTo("Renamed");
    assertThat(renamed.json().path("refreshMinutes").asInt()).isEqualTo(30);
    assertThat(freelancer.putJson(path, search("Lost", null), "If-Match", etag).status())
        .isEqualTo(412);
    ApiClient.Response tooOften =
        freelancer.putJson(path, search("Eager", 5), "If-Match", renamed.header("ETag").get());
    assertThat(tooOften.status()).isEqualTo(400);
    assertThat(freelancer.get(path).json().path("name").asString()).isEqualTo("Renamed");
  }

  @Test
  void whenCriteriaAreInvalidThenTheFieldIsNamedWithinCriteria() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Broken");
    body.put("criteria", Map.of("budgetMin", 900, "budgetMax", 100));
    ApiClient.Response response = freelancer.postJson("/api/saved-searches", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").get(0).path("field").asString())
        .isEqualTo("criteria.budgetMax");
    assertThat(freelancer.postJson("/api/saved-searches", Map.of("name", " ")).status())
        .isEqualTo(400);
  }

  @Test
  void whenDeletingThenItIsGoneAndOtherMembersNeverSeeIt() {
    String id =
        freelancer.postJson("/api/saved-searches", search("Mine", 60)).json().path("id").asString();
    ApiClient colleague = callers.member(port, agency, AgencyRole.OWNER);

    assertThat(colleague.get("/api/saved-searches/" + id).status()).isEqualTo(404);
    assertThat(colleague.delete("/api/saved-searches/" + id).status()).isEqualTo(404);
    assertThat(freelancer.delete("/api/saved-searches/" + id).status()).isEqualTo(204);
    assertThat(freelancer.get("/api/saved-searches/" + id).status()).isEqualTo(404);
  }
}
