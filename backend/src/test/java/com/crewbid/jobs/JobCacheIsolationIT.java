package com.crewbid.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Agency A's cached jobs and marks are never visible to agency B, even for the same Upwork job. */
@IntegrationTest
class JobCacheIsolationIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;

  @Test
  void whenTheSameUpworkJobIsCachedInTwoAgenciesThenEachSeesOnlyItsOwnCopyAndMarks() {
    TestAgencies.Agency a = agencies.register("iso-a");
    TestAgencies.Agency b = agencies.register("iso-b");
    ApiClient inA = callers.member(port, a, AgencyRole.FREELANCER);
    ApiClient inB = callers.member(port, b, AgencyRole.FREELANCER);
    String shared = CachedJobFixtures.newId();
    var onlyInA = jobs.job("Fetched only by agency A");
    jobs.store(a.id(), jobs.job("Title as A fetched it").id(shared), onlyInA);
    jobs.store(b.id(), jobs.job("Title as B fetched it").id(shared));

    assertThat(inA.send("PUT", "/api/jobs/" + shared + "/favorite", null).status()).isEqualTo(204);
    assertThat(inA.send("PUT", "/api/jobs/" + onlyInA.id() + "/hidden", null).status())
        .isEqualTo(204);

    assertThat(inA.get("/api/jobs/" + shared).json().path("title").asString())
        .isEqualTo("Title as A fetched it");
    assertThat(inB.get("/api/jobs/" + shared).json().path("title").asString())
        .isEqualTo("Title as B fetched it");
    var searchInB = inB.get("/api/jobs?includeHidden=true").json();
    assertThat(searchInB.path("totalItems").asInt()).isEqualTo(1);
    assertThat(searchInB.path("items").get(0).path("favorite").asBoolean()).isFalse();
    assertThat(
            inB.get("/api/jobs?keywords=fetched")
                .json()
                .path("items")
                .get(0)
                .path("title")
                .path("text")
                .asString())
        .isEqualTo("Title as B fetched it");
    ApiClient viewerInB = callers.member(port, b, AgencyRole.VIEWER);
    assertThat(viewerInB.get("/api/jobs/" + onlyInA.id()).status()).isEqualTo(404);
    ApiClient.Response mustFetch = inB.get("/api/jobs/" + onlyInA.id());
    assertThat(mustFetch.status()).as("B would have to fetch it itself").isEqualTo(409);
    assertThat(mustFetch.problemType()).endsWith("/upwork-not-linked");
    assertThat(mustFetch.body()).doesNotContain("Fetched only by agency A");
    assertThat(inB.send("PUT", "/api/jobs/" + onlyInA.id() + "/favorite", null).status())
        .isEqualTo(404);
    assertThat(inB.get("/api/jobs/favorites").json().path("totalItems").asInt()).isZero();
    assertThat(inB.get("/api/jobs/hidden").json().path("totalItems").asInt()).isZero();
  }

  @Test
  void whenAMemberOfAnotherAgencyAsksForASavedSearchThenItIsNotFound() {
    TestAgencies.Agency a = agencies.register("iso-saved-a");
    TestAgencies.Agency b = agencies.register("iso-saved-b");
    ApiClient inA = callers.member(port, a, AgencyRole.FREELANCER);
    ApiClient inB = callers.member(port, b, AgencyRole.OWNER);
    String id =
        inA.postJson("/api/saved-searches", Map.of("name", "Mine", "criteria", Map.of()))
            .json()
            .path("id")
            .asString();

    assertThat(inB.get("/api/saved-searches/" + id).status()).isEqualTo(404);
    assertThat(inB.delete("/api/saved-searches/" + id).status()).isEqualTo(404);
    assertThat(inB.get("/api/saved-searches").json().path("totalItems").asInt()).isZero();
    assertThat(inA.get("/api/saved-searches/" + id).status()).isEqualTo(200);
  }
}
