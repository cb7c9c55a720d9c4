package com.crewbid.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Search over the cache through the API: keyword ranking and highlights, each filter, sorting,
 * paging and hidden jobs. Each test has an agency of its own, so it knows the whole cache.
 */
@IntegrationTest
class JobSearchIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;
  @Autowired Clock clock;

  TestAgencies.Agency agency;
  ApiClient freelancer;

  @BeforeEach
  void agencyWithAFreelancer() {
    agency = agencies.register("search");
    freelancer = callers.member(port, agency, AgencyRole.FREELANCER);
  }

  List<String> search(String query) {
    ApiClient.Response response = freelancer.get("/api/jobs?" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    response.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
    return ids;
  }

  @Test
  void whenSearchingKeywordsThenTitleMatchesRankAboveSkillAndDescriptionMatches() {
    var inDescription =
        jobs.job("Back-end engineer").described("You will maintain our Kubernetes clusters.");
    var inSkills =
        jobs.job("Platform engineer").described("Keep our platform running.", "Kubernetes");
    var inTitle = jobs.job("Kubernetes migration").described("Move our services.");
    var unrelated = jobs.job("Logo design").described("A new logo for a bakery.", "Figma");
    jobs.store(agency.id(), inDescription, inSkills, inTitle, unrelated);

    assertThat(search("keywords=kubernetes"))
        .containsExactly(inTitle.id(), inSkills.id(), inDescription.id());
  }

  @Test
  void whenSearchingKeywordsThenHighlightsAreRangesOfPlainText() {
    var job =
        jobs.job("<b>Angular</b> developers wanted")
            .described("We build dashboards in Angular and need help with charts.");
    jobs.store(agency.id(), job);

    JsonNode item = freelancer.get("/api/jobs?keywords=angular").json().path("items").get(0);

    JsonNode title = item.path("title");
    assertThat(title.path("text").asString()).isEqualTo("<b>Angular</b> developers wanted");
    assertThat(highlighted(title)).containsExactly("Angular");
    JsonNode snippet = item.path("snippet");
    assertThat(snippet.path("text").asString()).contains("dashboards in Angular");
    assertThat(highlighted(snippet)).containsOnly("Angular");
    assertThat(item.path("relevance").asDouble()).isPositive();
  }

  @Test
  void whenKeywordsUseWebSearchSyntaxThenPhrasesAndExclusionsApply() {
    var react = jobs.job("React Native app").described("Build an app.");
    var reactWeb = jobs.job("React web portal").described("Build a portal.");
    jobs.store(agency.id(), react, reactWeb);

    assertThat(search("keywords=react%20-native")).containsExactly(reactWeb.id());
    assertThat(search("keywords=%22react%20native%22")).containsExactly(react.id());
    assertThat(search("keywords=the")).hasSize(2);
  }

  @Test
  void whenFilteringByCategoryOrJobTypeOrExperienceThenOnlyThoseMatch() {
    var design = jobs.job("Design").category("531770282580668421", "Design & Creative");
    var fixedExpert = jobs.job("Expert fixed").fixed("900.00").level("EXPERT");
    var hourlyEntry = jobs.job("Entry hourly").hourly("15.00", "25.00").level("ENTRY_LEVEL");
    jobs.store(agency.id(), design, fixedExpert, hourlyEntry);

    assertThat(search("categoryIds=531770282580668421")).containsExactly(design.id());
    assertThat(search("categoryIds=531770282580668421&categoryIds=531770282580668418"))
        .containsExactlyInAnyOrder(design.id(), fixedExpert.id(), hourlyEntry.id());
    assertThat(search("jobType=FIXED")).containsExactly(fixedExpert.id());
    assertThat(search("experienceLevel=ENTRY_LEVEL")).containsExactly(hourlyEntry.id());
  }

  @Test
  void whenFilteringByBudgetThenFixedJobsOutsideTheRangeGoAndHourlyJobsStay() {
    var small = jobs.job("Small").fixed("100.00");
    var medium = jobs.job("Medium").fixed("500.00");
    var large = jobs.job("Large").fixed("5000.00");
    var hourly = jobs.job("Hourly").hourly("20.00", "40.00");
    jobs.store(agency.id(), small, medium, large, hourly);

    assertThat(search("budgetMin=200&budgetMax=1000"))
        .containsExactlyInAnyOrder(medium.id(), hourly.id());
    assertThat(search("budgetMin=200&budgetMax=1000&jobType=FIXED")).containsExactly(medium.id());
  }

  @Test
  void whenFilteringByHourlyRateThenRangesThatDoNotOverlapGoAndFixedJobsStay() {
    var cheap = jobs.job("Cheap").hourly("10.00", "15.00");
    var middle = jobs.job("Middle").hourly("25.00", "45.00");
    var premium = jobs.job("Premium").hourly("90.00", "120.00");
    var fixed = jobs.job("Fixed").fixed("800.00");
    jobs.store(agency.id(), cheap, middle, premium, fixed);

    assertThat(search("hourlyMin=40&hourlyMax=60"))
        .containsExactlyInAnyOrder(middle.id(), fixed.id());
  }

  @Test
  void whenFilteringByClientThenRatingSpendAndVerifiedPaymentApply() {
    var trusted = jobs.job("Trusted").client("4.90", "80000.00", true);
    var newClient = jobs.job("New client").client("0.00", "0.00", true);
    var unverified = jobs.job("Unverified").client("4.95", "90000.00", false);
    jobs.store(agency.id(), trusted, newClient, unverified);

    assertThat(search("clientRatingMin=4.5"))
        .containsExactlyInAnyOrder(trusted.id(), unverified.id());
    assertThat(search("clientSpentMin=50000&paymentVerified=true")).containsExactly(trusted.id());
    assertThat(search("paymentVerified=false")).hasSize(3);
  }

  @Test
  void whenFilteringByPostedWithinAndProposalsThenOnlyRecentJobsInTheRangeMatch() {
    var fresh = jobs.job("Fresh").postedAt(clock.instant().minus(Duration.ofHours(2))).proposals(2);
    var older =
        jobs.job("Older").postedAt(clock.instant().minus(Duration.ofHours(30))).proposals(8);
    var crowded =
        jobs.job("Crowded").postedAt(clock.instant().minus(Duration.ofHours(1))).proposals(45);
    jobs.store(agency.id(), fresh, older, crowded);

    assertThat(search("postedWithinHours=24")).containsExactlyInAnyOrder(fresh.id(), crowded.id());
    assertThat(search("proposalsMax=10")).containsExactlyInAnyOrder(fresh.id(), older.id());
    assertThat(search("proposalsMin=5&proposalsMax=10")).containsExactly(older.id());
  }

  @Test
  void whenSortingThenNewestOldestAndBudgetOrderTheResults() {
    var now = clock.instant();
    var a = jobs.job("A").fixed("300.00").postedAt(now.minus(Duration.ofHours(3)));
    var b = jobs.job("B").hourly("20.00", "70.00").postedAt(now.minus(Duration.ofHours(1)));
    var c = jobs.job("C").fixed("1200.00").postedAt(now.minus(Duration.ofHours(2)));
    jobs.store(agency.id(), a, b, c);

    assertThat(search("sort=postedAt,desc")).containsExactly(b.id(), c.id(), a.id());
    assertThat(search("")).containsExactly(b.id(), c.id(), a.id());
    assertThat(search("sort=postedAt,asc")).containsExactly(a.id(), c.id(), b.id());
    assertThat(search("sort=budget,desc")).containsExactly(c.id(), a.id(), b.id());
    assertThat(search("sort=budget,asc")).containsExactly(b.id(), a.id(), c.id());
  }

  @Test
  void whenPagingThenPagesDoNotOverlapAndTotalCountsAll() {
    var now = clock.instant();
    List<CachedJobFixtures.Job> many = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      many.add(jobs.job("Job " + i).postedAt(now.minus(Duration.ofMinutes(i))));
    }
    jobs.store(agency.id(), many.toArray(CachedJobFixtures.Job[]::new));

    ApiClient.Response first = freelancer.get("/api/jobs?size=3&page=0");
    ApiClient.Response last = freelancer.get("/api/jobs?size=3&page=2");
    ApiClient.Response beyond = freelancer.get("/api/jobs?size=3&page=5");

    assertThat(first.json().path("totalItems").asLong()).isEqualTo(7);
    assertThat(first.json().path("size").asInt()).isEqualTo(3);
    Set<String> seen = new HashSet<>();
    for (int page = 0; page < 3; page++) {
      search("size=3&page=" + page).forEach(id -> assertThat(seen.add(id)).isTrue());
    }
    assertThat(seen).hasSize(7);
    assertThat(last.json().path("items")).hasSize(1);
    assertThat(beyond.json().path("items")).isEmpty();
    assertThat(freelancer.get("/api/jobs?size=500").json().path("size").asInt()).isEqualTo(100);
  }

  @Test
  void whenAJobIsHiddenThenSearchesLeaveItOutUnlessAskedAndFavoritesAreFlagged() {
    var hidden = jobs.job("Not for us");
    var favorite = jobs.job("Great fit");
    jobs.store(agency.id(), hidden, favorite);

    assertThat(freelancer.send("PUT", "/api/jobs/" + hidden.id() + "/hidden", null).status())
        .isEqualTo(204);
    assertThat(freelancer.send("PUT", "/api/jobs/" + favorite.id() + "/favorite", null).status())
        .isEqualTo(204);

    assertThat(search("")).containsExactly(favorite.id());
    assertThat(search("includeHidden=true")).containsExactlyInAnyOrder(hidden.id(), favorite.id());
    JsonNode item = freelancer.get("/api/jobs").json().path("items").get(0);
    assertThat(item.path("favorite").asBoolean()).isTrue();
    ApiClient colleague = callers.member(port, agency, AgencyRole.FREELANCER);
    assertThat(colleague.get("/api/jobs").json().path("totalItems").asInt()).isEqualTo(2);
    assertThat(colleague.get("/api/jobs").json().path("items").get(0).path("favorite").asBoolean())
        .isFalse();
  }

  @Test
  void whenFiltersAreInvalidThenValidationProblemsNameTheFields() {
    ApiClient.Response inverted = freelancer.get("/api/jobs?budgetMin=500&budgetMax=100");
    assertThat(inverted.status()).isEqualTo(400);
    assertThat(inverted.problemType()).endsWith("/validation");
    assertThat(inverted.json().path("errors").get(0).path("field").asString())
        .isEqualTo("budgetMax");

    ApiClient.Response level = freelancer.get("/api/jobs?experienceLevel=GURU");
    assertThat(level.status()).isEqualTo(400);
    assertThat(level.problemType()).endsWith("/validation");

    ApiClient.Response sort = freelancer.get("/api/jobs?sort=salary");
    assertThat(sort.status()).isEqualTo(400);
    assertThat(sort.json().path("errors").get(0).path("field").asString()).isEqualTo("sort");

    assertThat(freelancer.get("/api/jobs?clientRatingMin=7").status()).isEqualTo(400);
    assertThat(freelancer.get("/api/jobs?postedWithinHours=0").status()).isEqualTo(400);
  }

  @Test
  void whenPagingOrMoneyFiltersAreOutOfRangeThenValidationProblemsAndNoDatabaseError() {
    jobs.store(agency.id(), jobs.job("Something to page over").fixed("500.00"));

    for (String query :
        List.of("page=-1", "page=1000001", "page=2147483647", "page=99999999999", "size=-5")) {
      ApiClient.Response paged = freelancer.get("/api/jobs?" + query);
      assertThat(paged.status()).as(query).isEqualTo(400);
      assertThat(paged.problemType()).endsWith("/validation");
    }
    assertThat(freelancer.get("/api/jobs?page=1000000&size=100").status())
        .as("the last page there may be")
        .isEqualTo(200);
    for (String field :
        List.of("budgetMin", "budgetMax", "hourlyMin", "hourlyMax", "clientSpentMin")) {
      for (String value : List.of("1e200000", "1000000000.01", "1e-999999999", "10.001")) {
        ApiClient.Response money = freelancer.get("/api/jobs?" + field + "=" + value);
        assertThat(money.status()).as(field + "=" + value).isEqualTo(400);
        assertThat(money.problemType()).endsWith("/validation");
        assertThat(money.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
      }
    }
    assertThat(freelancer.get("/api/jobs?clientRatingMin=1e-200000").status()).isEqualTo(400);
    assertThat(freelancer.get("/api/jobs?budgetMin=1000000000&clientRatingMin=4.5").status())
        .isEqualTo(200);
    assertThat(freelancer.get("/api/jobs/favorites?page=1000001").status()).isEqualTo(400);
    assertThat(freelancer.get("/api/jobs/hidden?page=-1").status()).isEqualTo(400);
  }

  @Test
  void whenUpworkValuesDoNotFitTheCacheColumnsThenTheJobIsStoredWithinThem() {
    var job = jobs.job("Überlong " + "é".repeat(200)).fixed("1000000000000000.00");
    job.category = "C".repeat(300);
    job.level = "A_LEVEL_NOBODY_HAS_HEARD_OF";
    job.rating = new java.math.BigDecimal("12.5");
    job.spent = new java.math.BigDecimal("-1");
    job.proposals = -3;
    var unusable = jobs.job("No usable id").id("an id with spaces and far too long for a key");
    jobs.store(agency.id(), job, unusable);

    JsonNode item = freelancer.get("/api/jobs").json().path("items");

    assertThat(item).hasSize(1);
    JsonNode stored = item.get(0);
    assertThat(stored.path("id").asString()).isEqualTo(job.id());
    assertThat(stored.path("category").path("label").asString()).hasSize(200);
    assertThat(stored.path("budget").isNull()).as("beyond numeric(14, 2)").isTrue();
    assertThat(stored.path("client").path("rating").isNull()).as("not a rating").isTrue();
    assertThat(stored.path("client").path("totalSpent").isNull()).isTrue();
    assertThat(stored.path("proposals").isNull()).isTrue();
    assertThat(stored.path("experienceLevel").isNull()).isTrue();
  }

  @Test
  void whenAViewerSearchesThenTheCacheIsReadable() {
    jobs.store(agency.id(), jobs.job("Visible to viewers"));
    ApiClient viewer = callers.member(port, agency, AgencyRole.VIEWER);

    assertThat(viewer.get("/api/jobs").json().path("totalItems").asInt()).isEqualTo(1);
    assertThat(viewer.get("/api/jobs/categories").json()).isNotEmpty();
  }

  private static List<String> highlighted(JsonNode text) {
    String value = text.path("text").asString();
    List<String> parts = new ArrayList<>();
    text.path("ranges")
        .forEach(r -> parts.add(value.substring(r.path("start").asInt(), r.path("end").asInt())));
    return parts;
  }
}
