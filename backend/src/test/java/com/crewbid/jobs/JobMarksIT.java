package com.crewbid.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Favourites and "not interested": per member, idempotent, listed newest first. */
@IntegrationTest
class JobMarksIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;

  TestAgencies.Agency agency;
  ApiClient freelancer;

  @BeforeEach
  void agency() {
    agency = agencies.register("marks");
    freelancer = callers.member(port, agency, AgencyRole.FREELANCER);
  }

  @Test
  void whenMarkingAndUnmarkingFavoritesThenTheListFollowsAndRepeatsChangeNothing() {
    var first = jobs.job("First favourite");
    var second = jobs.job("Second favourite");
    jobs.store(agency.id(), first, second);

    assertThat(put(first.id(), "favorite")).isEqualTo(204);
    assertThat(put(second.id(), "favorite")).isEqualTo(204);
    assertThat(put(second.id(), "favorite")).isEqualTo(204);

    JsonNode list = freelancer.get("/api/jobs/favorites").json();
    assertThat(list.path("totalItems").asInt()).isEqualTo(2);
    assertThat(ids(list)).containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(list.path("items").get(0).path("job").path("title").path("text").asString())
        .endsWith("favourite");
    assertThat(freelancer.get("/api/jobs/" + first.id()).json().path("favorite").asBoolean())
        .isTrue();

    assertThat(freelancer.delete("/api/jobs/" + first.id() + "/favorite").status()).isEqualTo(204);
    assertThat(freelancer.delete("/api/jobs/" + first.id() + "/favorite").status()).isEqualTo(204);
    assertThat(ids(freelancer.get("/api/jobs/favorites").json())).containsExactly(second.id());
  }

  @Test
  void whenHidingAndUnhidingThenTheHiddenListAndSearchesFollow() {
    var job = jobs.job("Not interested");
    jobs.store(agency.id(), job);

    assertThat(put(job.id(), "hidden")).isEqualTo(204);
    assertThat(ids(freelancer.get("/api/jobs/hidden").json())).containsExactly(job.id());
    assertThat(freelancer.get("/api/jobs").json().path("totalItems").asInt()).isZero();
    assertThat(freelancer.get("/api/jobs/" + job.id()).json().path("hidden").asBoolean()).isTrue();

    assertThat(freelancer.delete("/api/jobs/" + job.id() + "/hidden").status()).isEqualTo(204);
    assertThat(freelancer.get("/api/jobs/hidden").json().path("totalItems").asInt()).isZero();
    assertThat(freelancer.get("/api/jobs").json().path("totalItems").asInt()).isEqualTo(1);
  }

  @Test
  void whenMarkingAJobThatIsNotCachedThenNotFoundAndNothingIsMarked() {
    assertThat(put(CachedJobFixtures.newId(), "favorite")).isEqualTo(404);
    assertThat(put("not-a-job-id", "hidden")).isEqualTo(404);
    assertThat(freelancer.get("/api/jobs/favorites").json().path("totalItems").asInt()).isZero();
    assertThat(freelancer.get("/api/jobs/hidden").json().path("totalItems").asInt()).isZero();
  }

  @Test
  void whenAViewerTriesToMarkThenForbiddenAndMarksAreEachMembersOwn() {
    var job = jobs.job("Shared job");
    jobs.store(agency.id(), job);
    ApiClient viewer = callers.member(port, agency, AgencyRole.VIEWER);
    ApiClient colleague = callers.member(port, agency, AgencyRole.MANAGER);

    assertThat(viewer.send("PUT", "/api/jobs/" + job.id() + "/favorite", null).status())
        .isEqualTo(403);
    assertThat(put(job.id(), "favorite")).isEqualTo(204);
    assertThat(colleague.get("/api/jobs/favorites").json().path("totalItems").asInt()).isZero();
  }

  private int put(String jobId, String mark) {
    return freelancer.send("PUT", "/api/jobs/" + jobId + "/" + mark, null).status();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("jobId").asString()));
    return ids;
  }
}
