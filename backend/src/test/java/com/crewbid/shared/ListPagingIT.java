package com.crewbid.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every list endpoint of the API refuses paging it cannot serve with 400 {@code validation}, never
 * a database error (409) or a 500: negative pages, pages whose offset does not fit, sizes that are
 * not numbers.
 */
@IntegrationTest
class ListPagingIT {

  static final List<String> OUT_OF_RANGE =
      List.of("page=-1", "page=abc", "page=1000001", "page=999999999", "page=21474837&size=100");

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;

  @Test
  void whenAnyListIsPagedOutOfRangeThenValidationProblem() {
    TestAgencies.Agency agency = agencies.register("paging");
    ApiClient owner = callers.member(port, agency, AgencyRole.OWNER);
    String search =
        owner
            .postJson("/api/saved-searches", Map.of("name", "All", "criteria", Map.of()))
            .json()
            .path("id")
            .asString();
    String template =
        owner
            .postJson(
                "/api/proposal-templates",
                Map.of(
                    "name",
                    "Paging",
                    "category",
                    "General",
                    "tags",
                    List.of(),
                    "body",
                    "Hello",
                    "screeningAnswers",
                    List.of()))
            .json()
            .path("id")
            .asString();
    List<String> memberLists =
        List.of(
            "/api/jobs",
            "/api/jobs/favorites",
            "/api/jobs/hidden",
            "/api/saved-searches",
            "/api/saved-searches/" + search + "/new-matches",
            "/api/agency/audit-events",
            "/api/agency/upwork-accounts",
            "/api/notifications",
            "/api/proposal-templates",
            "/api/proposal-templates/" + template + "/versions");
    ApiClient admin = callers.admin(port);
    List<String> adminLists =
        List.of("/api/admin/tenants", "/api/admin/users", "/api/admin/security-events");

    for (String list : memberLists) {
      assertRefused(owner, list);
      assertThat(owner.get(list + "?page=1000000&size=100").status()).as(list).isEqualTo(200);
    }
    for (String list : adminLists) {
      assertRefused(admin, list);
      assertThat(admin.get(list + "?page=1000000&size=100").status()).as(list).isEqualTo(200);
    }
  }

  private static void assertRefused(ApiClient caller, String list) {
    for (String query : OUT_OF_RANGE) {
      ApiClient.Response response = caller.get(list + "?" + query);
      assertThat(response.status()).as(list + "?" + query + " " + response.body()).isEqualTo(400);
      assertThat(response.problemType()).endsWith("/validation");
      assertThat(response.json().path("errors").get(0).path("field").asString())
          .isEqualTo(query.substring(0, query.indexOf('=')));
    }
  }
}
