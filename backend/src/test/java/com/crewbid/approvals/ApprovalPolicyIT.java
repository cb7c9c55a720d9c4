package com.crewbid.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The approval policy over HTTP: the owner edits it (versioned, validated field by field), managers
 * read and preview it, nobody else gets in, and each agency has its own.
 */
@IntegrationTest
class ApprovalPolicyIT {

  static final String POLICY = "/api/approval-policy";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;

  TestAgencies.Agency agency;
  ApiClient owner;

  @BeforeEach
  void signIn() {
    agency = agencies.register("policy");
    owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
  }

  @Test
  void whenTheAgencyNeverSavedAPolicyThenItHasTheStandardOneAtVersionZero() {
    ApiClient.Response read = owner.get(POLICY);

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).hasValue("\"0\"");
    JsonNode rule = read.json().path("rules").get(0);
    assertThat(read.json().path("rules").size()).isEqualTo(1);
    assertThat(rule.path("id").asString()).isEqualTo(ApprovalPolicy.STANDARD_RULE_ID.toString());
    assertThat(rule.path("kind").asString()).isEqualTo("ALWAYS");
    assertThat(rule.path("approvers").path("roles").valueStream().map(JsonNode::asString))
        .containsExactly("MANAGER", "OWNER");
    assertThat(rule.path("approvalsNeeded").asInt()).isEqualTo(1);
  }

  @Test
  void whenTheOwnerSavesRulesThenTheyAreKeptInOrderVersionedAndAudited() {
    String etag = owner.get(POLICY).header("ETag").orElseThrow();

    ApiClient.Response saved =
        owner.putJson(
            POLICY,
            Map.of(
                "rules",
                List.of(
                    rule("Big bids", "BID_AT_LEAST", Map.of("minimumBid", money("1500", "USD"))),
                    rule("Design", "CATEGORIES", Map.of("categories", List.of("Design"))),
                    rule("Costly", "CONNECTS_AT_LEAST", Map.of("minimumConnects", 12)))),
            "If-Match",
            etag);

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.header("ETag")).hasValue("\"1\"");
    JsonNode rules = saved.json().path("rules");
    assertThat(rules.valueStream().map(r -> r.path("name").asString()))
        .containsExactly("Big bids", "Design", "Costly");
    assertThat(rules.get(0).path("minimumBid").path("amount").asString()).isEqualTo("1500.00");
    assertThat(owner.get(POLICY).json()).isEqualTo(saved.json());

    JsonNode audit = owner.get("/api/agency/audit-events").json().path("items").get(0);
    assertThat(audit.path("action").asString()).isEqualTo("approval-policy.updated");
    assertThat(audit.path("actorEmail").asString()).isEqualTo(agency.ownerEmail());
    assertThat(audit.path("details").path("removed").get(0).asString()).isEqualTo("Every proposal");
    assertThat(audit.path("details").path("added").size()).isEqualTo(3);
  }

  @Test
  void whenARuleIsSentBackWithItsIdThenItKeepsIt() {
    ApiClient.Response read = owner.get(POLICY);
    JsonNode standard = read.json().path("rules").get(0);
    Map<String, Object> renamed =
        Map.of(
            "id",
            standard.path("id").asString(),
            "name",
            "Everything",
            "kind",
            "ALWAYS",
            "approvers",
            Map.of("roles", List.of("OWNER")),
            "approvalsNeeded",
            1);

    ApiClient.Response saved =
        owner.putJson(
            POLICY, Map.of("rules", List.of(renamed)), "If-Match", read.header("ETag").get());

    assertThat(saved.json().path("rules").get(0).path("id").asString())
        .isEqualTo(ApprovalPolicy.STANDARD_RULE_ID.toString());
  }

  @Test
  void whenRulesAreInvalidThen400NamesEachFieldAndNothingChanges() {
    ApiClient.Response before = owner.get(POLICY);

    ApiClient.Response invalid =
        owner.putJson(
            POLICY,
            Map.of(
                "rules",
                List.of(
                    rule("", "ALWAYS", Map.of()),
                    rule("Bid", "BID_AT_LEAST", Map.of("minimumBid", money("abc", "usd"))),
                    Map.of(
                        "name",
                        "Owners twice",
                        "kind",
                        "NEW_CLIENT",
                        "approvers",
                        Map.of("roles", List.of("OWNER")),
                        "approvalsNeeded",
                        2),
                    Map.of(
                        "name",
                        "Stranger",
                        "kind",
                        "ALWAYS",
                        "approvers",
                        Map.of("userIds", List.of("00000000-0000-4000-8000-000000000000")),
                        "approvalsNeeded",
                        1))),
            "If-Match",
            before.header("ETag").orElseThrow());

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.problemType()).endsWith("/validation");
    assertThat(invalid.json().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder(
            "rules[0].name",
            "rules[1].minimumBid.amount",
            "rules[1].minimumBid.currency",
            "rules[2].approvalsNeeded",
            "rules[3].approvers.userIds[0]");
    assertThat(owner.get(POLICY).json()).isEqualTo(before.json());
  }

  @Test
  void whenTwoOwnersSaveFromTheSameVersionThenTheSecondGets412AndTheFirstChangeStays() {
    String etag = owner.get(POLICY).header("ETag").orElseThrow();
    ApiClient otherOwner = callers.member(port, agency, AgencyRole.OWNER);
    assertThat(
            owner
                .putJson(
                    POLICY,
                    Map.of("rules", List.of(rule("First", "NEW_CLIENT", Map.of()))),
                    "If-Match",
                    etag)
                .status())
        .isEqualTo(200);

    ApiClient.Response stale =
        otherOwner.putJson(
            POLICY, Map.of("rules", List.of(rule("Second", "ALWAYS", Map.of()))), "If-Match", etag);
    ApiClient.Response unconditional =
        otherOwner.putJson(POLICY, Map.of("rules", List.of(rule("Third", "ALWAYS", Map.of()))));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.problemType()).endsWith("/stale-version");
    assertThat(unconditional.status()).isEqualTo(428);
    assertThat(owner.get(POLICY).json().path("rules").get(0).path("name").asString())
        .isEqualTo("First");
  }

  @Test
  void whenTheBodyIsMalformedThen400AndNothingChanges() {
    ApiClient.Response before = owner.get(POLICY);

    ApiClient.Response malformed =
        owner.putJson(POLICY, "{\"rules\": [", "If-Match", before.header("ETag").orElseThrow());

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(owner.get(POLICY).json()).isEqualTo(before.json());
  }

  @Test
  void whenAManagerPreviewsThenTheyLearnWhichRuleAppliesToSavedOrDraftRules() {
    owner.putJson(
        POLICY,
        Map.of(
            "rules",
            List.of(
                rule("Big bids", "BID_AT_LEAST", Map.of("minimumBid", money("1000", "USD"))),
                rule("New clients", "NEW_CLIENT", Map.of()))),
        "If-Match",
        owner.get(POLICY).header("ETag").orElseThrow());
    ApiClient manager = callers.member(port, agency, AgencyRole.MANAGER);

    JsonNode newClient =
        manager
            .postJson(
                POLICY + "/evaluate",
                Map.of("bid", money("200", "USD"), "connects", 4, "newClient", true))
            .json();
    JsonNode small =
        manager
            .postJson(POLICY + "/evaluate", Map.of("bid", money("200", "USD"), "connects", 4))
            .json();
    JsonNode draft =
        manager
            .postJson(
                POLICY + "/evaluate",
                Map.of(
                    "bid",
                    money("200", "USD"),
                    "connects",
                    20,
                    "rules",
                    List.of(rule("Costly", "CONNECTS_AT_LEAST", Map.of("minimumConnects", 16)))))
            .json();
    ApiClient.Response invalid =
        manager.postJson(POLICY + "/evaluate", Map.of("bid", money("", "USD"), "connects", -1));

    assertThat(newClient.path("ruleName").asString()).isEqualTo("New clients");
    assertThat(newClient.path("rulePosition").asInt()).isEqualTo(2);
    assertThat(small.path("requiresApproval").asBoolean()).isFalse();
    assertThat(small.path("reason").asString()).isEqualTo(Evaluation.NO_RULE_MATCHED);
    assertThat(draft.path("ruleName").asString()).isEqualTo("Costly");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("bid.amount", "connects");
    assertThat(owner.get(POLICY).json().path("rules").size()).isEqualTo(2);
  }

  @Test
  void whenManagersFreelancersAndViewersTryThenOnlyManagersReadAndOnlyOwnersChange() {
    ApiClient manager = callers.member(port, agency, AgencyRole.MANAGER);
    ApiClient freelancer = callers.member(port, agency, AgencyRole.FREELANCER);
    ApiClient viewer = callers.member(port, agency, AgencyRole.VIEWER);
    ApiClient.Response before = owner.get(POLICY);
    Map<String, Object> change = Map.of("rules", List.of());
    String etag = before.header("ETag").orElseThrow();

    assertThat(manager.get(POLICY).status()).isEqualTo(200);
    assertThat(manager.putJson(POLICY, change, "If-Match", etag).status()).isEqualTo(403);
    assertThat(freelancer.get(POLICY).status()).isEqualTo(403);
    assertThat(freelancer.putJson(POLICY, change, "If-Match", etag).problemType())
        .endsWith("/forbidden");
    assertThat(viewer.get(POLICY).status()).isEqualTo(403);
    assertThat(viewer.putJson(POLICY, change, "If-Match", etag).status()).isEqualTo(403);
    assertThat(owner.get(POLICY).json()).isEqualTo(before.json());
  }

  @Test
  void whenAnotherAgencysOwnerEditsTheirPolicyThenThisAgencysIsUntouched() {
    ApiClient.Response mine = owner.get(POLICY);
    TestAgencies.Agency other = agencies.register("policy-other");
    ApiClient otherOwner = new ApiClient(port);
    otherOwner.signIn(other.ownerEmail(), other.ownerPassword());

    ApiClient.Response theirs =
        otherOwner.putJson(
            POLICY,
            Map.of("rules", List.of(rule("Theirs", "NEW_CLIENT", Map.of()))),
            "If-Match",
            "\"0\"");

    assertThat(theirs.status()).isEqualTo(200);
    assertThat(owner.get(POLICY).json()).isEqualTo(mine.json());
    assertThat(otherOwner.get(POLICY).json().path("rules").get(0).path("name").asString())
        .isEqualTo("Theirs");
    assertThat(owner.get(POLICY).body()).doesNotContain("Theirs");
  }

  private static Map<String, Object> rule(String name, String kind, Map<String, Object> params) {
    Map<String, Object> rule = new java.util.LinkedHashMap<>(params);
    rule.put("name", name);
    rule.put("kind", kind);
    rule.put("enabled", true);
    rule.put("approvers", Map.of("roles", List.of("OWNER", "MANAGER")));
    rule.put("approvalsNeeded", 1);
    return rule;
  }

  private static Map<String, String> money(String amount, String currency) {
    return Map.of("amount", amount, "currency", currency);
  }
}
