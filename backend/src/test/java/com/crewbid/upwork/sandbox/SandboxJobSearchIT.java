package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Job search and job detail as Upwork answers them: its filters, ten results a page, opaque
 * cursors, ignored range filters, postings that appear as sandbox time passes.
 */
@IntegrationTest
class SandboxJobSearchIT extends SignedInSandboxTest {

  static final String NODE =
      "id ciphertext title description duration engagement amount { rawValue currency }"
          + " hourlyBudgetMin { rawValue } hourlyBudgetMax { rawValue } skills { name }"
          + " experienceLevel category"
          + " client { totalSpent { rawValue } totalHires totalFeedback totalReviews"
          + " verificationStatus location { country } } totalApplicants createdDateTime";

  static String search(String filter) {
    return "{ marketplaceJobPostingsSearch(marketPlaceJobFilter: {"
        + filter
        + "}, searchType: USER_JOBS_SEARCH, sortAttributes: [{field: RECENCY}])"
        + " { totalCount edges { cursor node { "
        + NODE
        + " } } pageInfo { hasNextPage endCursor } } }";
  }

  JsonNode searchFor(String filter) {
    return data(sandbox.graphql(olena, search(filter))).path("marketplaceJobPostingsSearch");
  }

  static List<JsonNode> nodes(JsonNode connection) {
    List<JsonNode> nodes = new ArrayList<>();
    connection.path("edges").forEach(edge -> nodes.add(edge.path("node")));
    return nodes;
  }

  @Test
  void whenSearchingWithoutFiltersThenTenNewestPostingsWithUpworkShapes() {
    JsonNode result = searchFor("pagination_eq: {first: 50}");

    assertThat(result.path("totalCount").asInt()).isBetween(300, 400);
    List<JsonNode> page = nodes(result);
    assertThat(page).hasSize(JobPostingQueries.PAGE_SIZE_CAP);
    assertThat(result.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
    for (int i = 1; i < page.size(); i++) {
      assertThat(page.get(i - 1).path("createdDateTime").asString())
          .isGreaterThanOrEqualTo(page.get(i).path("createdDateTime").asString());
    }
    JsonNode first = page.getFirst();
    assertThat(first.path("id").asString()).matches("\\d+");
    assertThat(first.path("ciphertext").asString()).startsWith("~01");
    assertThat(first.path("amount").path("rawValue").isString()).isTrue();
    assertThat(first.path("description").asString()).contains("\n\n");
    assertThat(first.path("skills")).isNotEmpty();
  }

  @Test
  void whenFollowingCursorsThenPagesDoNotOverlapAndEndWithoutNextPage() {
    String filter = "skillExpression_eq: \"Kubernetes\"";
    JsonNode page = searchFor(filter);
    int total = page.path("totalCount").asInt();
    assertThat(total).isGreaterThan(10);
    Set<String> seen = new HashSet<>();
    while (true) {
      nodes(page).forEach(n -> assertThat(seen.add(n.path("id").asString())).isTrue());
      if (!page.path("pageInfo").path("hasNextPage").asBoolean()) {
        break;
      }
      String after = page.path("pageInfo").path("endCursor").asString();
      assertThat(after).doesNotContain(nodes(page).getLast().path("id").asString());
      page = searchFor(filter + ", pagination_eq: {first: 10, after: \"" + after + "\"}");
    }
    assertThat(seen).hasSize(total);
  }

  @Test
  void whenFilteringThenEveryResultMatches() {
    JsonNode hourlyExperts =
        searchFor("jobType_eq: HOURLY, experienceLevel_eq: EXPERT, verifiedPaymentOnly_eq: true");
    assertThat(nodes(hourlyExperts)).isNotEmpty();
    assertThat(nodes(hourlyExperts))
        .allSatisfy(
            n -> {
              assertThat(n.path("experienceLevel").asString()).isEqualTo("EXPERT");
              assertThat(n.path("hourlyBudgetMin").path("rawValue").asString()).isNotEmpty();
              assertThat(n.path("client").path("verificationStatus").asString())
                  .isEqualTo("VERIFIED");
            });

    JsonNode design =
        searchFor("categoryIds_any: [\"531770282580668421\"], titleExpression_eq: \"design\"");
    assertThat(nodes(design))
        .isNotEmpty()
        .allSatisfy(
            n -> {
              assertThat(n.path("category").asString()).isEqualTo("Design & Creative");
              assertThat(n.path("title").asString().toLowerCase()).contains("design");
            });

    JsonNode fewProposals = searchFor("proposalRange_eq: {rangeStart: 0, rangeEnd: 4}");
    assertThat(nodes(fewProposals))
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.path("totalApplicants").asInt()).isBetween(0, 4));

    JsonNode flutter = searchFor("searchExpression_eq: \"flutter firebase\"");
    assertThat(nodes(flutter))
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.toString().toLowerCase()).contains("flutter", "firebase"));
  }

  @Test
  void whenFilteringByBudgetRateOrWorkloadThenTheFilterIsSilentlyIgnored() {
    int all = searchFor("").path("totalCount").asInt();

    JsonNode ranged =
        searchFor(
            "budgetRange_eq: {rangeStart: 1000000, rangeEnd: 2000000},"
                + " hourlyRate_eq: {rangeStart: 900, rangeEnd: 999}, workload_eq: FULL_TIME");

    assertThat(ranged.path("totalCount").asInt()).isEqualTo(all);
  }

  @Test
  void whenSandboxTimePassesThenNewPostingsAppear() {
    JsonNode before = searchFor("");
    String newestBefore = nodes(before).getFirst().path("id").asString();

    sandbox.advanceClock("PT49H");
    olena = sandbox.signIn(OLENA).accessToken(); // the first token expired after 24 h
    JsonNode after = searchFor("");

    assertThat(after.path("totalCount").asInt()).isEqualTo(JobPostings.COUNT);
    assertThat(after.path("totalCount").asInt()).isGreaterThan(before.path("totalCount").asInt());
    assertThat(nodes(after).getFirst().path("id").asString()).isNotEqualTo(newestBefore);
  }

  @Test
  void whenAskingForAPostingThenScreeningQuestionsAndUnknownIdIsNullWithAnError() {
    String withQuestions = null;
    JsonNode page = searchFor("");
    String query =
        "query($id: String!) { marketplaceJobPosting(id: $id) { id content { title }"
            + " contractTerms { contractType } contractorSelection { proposalRequirement {"
            + " coverLetterRequired screeningQuestions { question sequenceNumber } } } } }";
    while (withQuestions == null) {
      for (JsonNode node : nodes(page)) {
        JsonNode detail = detail(query, node.path("id").asString());
        if (!detail
            .path("contractorSelection")
            .path("proposalRequirement")
            .path("screeningQuestions")
            .isEmpty()) {
          withQuestions = node.path("id").asString();
          assertThat(detail.path("content").path("title").asString())
              .isEqualTo(node.path("title").asString());
          assertThat(
                  detail
                      .path("contractorSelection")
                      .path("proposalRequirement")
                      .path("screeningQuestions")
                      .get(0)
                      .path("sequenceNumber")
                      .asInt())
              .isEqualTo(1);
        }
      }
      String after = page.path("pageInfo").path("endCursor").asString();
      page = searchFor("pagination_eq: {first: 10, after: \"" + after + "\"}");
    }

    SandboxHttp.Response unknown = sandbox.graphqlWith(olena, query, "{\"id\":\"42\"}");
    assertThat(unknown.json().path("data").path("marketplaceJobPosting").isNull()).isTrue();
    JsonNode error = unknown.json().path("errors").get(0);
    assertThat(error.path("path").get(0).asString()).isEqualTo("marketplaceJobPosting");
    assertThat(error.path("extensions").path("classification").asString()).isEqualTo("NotFound");
  }

  JsonNode detail(String query, String id) {
    return data(sandbox.graphqlWith(olena, query, "{\"id\":\"" + id + "\"}"))
        .path("marketplaceJobPosting");
  }
}
