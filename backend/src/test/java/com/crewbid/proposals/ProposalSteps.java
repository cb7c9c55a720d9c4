package com.crewbid.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.TestAgencies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** What people do with proposals, over HTTP as the SPA does, for the proposal tests. */
public final class ProposalSteps {

  public static final String BASE = "/api/proposals";

  private ProposalSteps() {}

  /** A browser signed in as the agency's registered owner. */
  public static ApiClient owner(int port, TestAgencies.Agency agency) {
    ApiClient owner = new ApiClient(port);
    assertThat(owner.signIn(agency.ownerEmail(), agency.ownerPassword()).status()).isEqualTo(200);
    return owner;
  }

  /** The calls, on threads released at the same moment; their answers in the calls' order. */
  @SafeVarargs
  public static List<ApiClient.Response> atOnce(Callable<ApiClient.Response>... calls)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(calls.length);
    ExecutorService threads = Executors.newFixedThreadPool(calls.length);
    try {
      List<Future<ApiClient.Response>> running = new ArrayList<>();
      for (Callable<ApiClient.Response> call : calls) {
        running.add(
            threads.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return call.call();
                }));
      }
      List<ApiClient.Response> answers = new ArrayList<>();
      for (Future<ApiClient.Response> call : running) {
        answers.add(call.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  /** If-Match of the proposal, and more headers. */
  public static String[] ifMatch(JsonNode proposal, String... more) {
    String[] match = ifMatch(proposal);
    String[] all = new String[match.length + more.length];
    System.arraycopy(match, 0, all, 0, match.length);
    System.arraycopy(more, 0, all, match.length, more.length);
    return all;
  }

  /** A new draft for the job; fails unless created. */
  public static JsonNode draft(ApiClient member, String jobId) {
    return created(member.postJson(BASE, Map.of("jobId", jobId)));
  }

  public static JsonNode draftFromTemplate(ApiClient member, String jobId, String templateId) {
    return created(member.postJson(BASE, Map.of("jobId", jobId, "templateId", templateId)));
  }

  public static JsonNode created(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  public static JsonNode get(ApiClient member, String id) {
    ApiClient.Response response = member.get(BASE + "/" + id);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  public static String[] ifMatch(JsonNode proposal) {
    return new String[] {"If-Match", "\"" + proposal.path("version").asLong() + "\""};
  }

  /** The whole editable content of a complete proposal: every question answered. */
  public static Map<String, Object> complete(JsonNode proposal, String amount) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("coverLetter", "I have done this before; here is how I would start.");
    List<Map<String, Object>> answers = new ArrayList<>();
    for (JsonNode q : proposal.path("job").path("screeningQuestions")) {
      answers.add(Map.of("position", q.path("position").asInt(), "answer", "Yes, many times."));
    }
    content.put("answers", answers);
    content.put("bid", bid(proposal.path("job").path("type").asString(), amount));
    content.put(
        "estimatedDuration",
        proposal.path("job").path("type").asString().equals("FIXED")
            ? "ONE_TO_THREE_MONTHS"
            : null);
    content.put("connects", null);
    return content;
  }

  public static Map<String, Object> bid(String type, String amount) {
    Map<String, Object> bid = new LinkedHashMap<>();
    bid.put("type", type);
    bid.put("amount", money(amount));
    bid.put("milestones", List.of());
    return bid;
  }

  public static Map<String, String> money(String amount) {
    return Map.of("amount", amount, "currency", "USD");
  }

  public static ApiClient.Response edit(
      ApiClient member, JsonNode proposal, Map<String, Object> content) {
    return member.putJson(BASE + "/" + id(proposal), content, ifMatch(proposal));
  }

  /** Edits, expecting success; the proposal afterwards. */
  public static JsonNode edited(ApiClient member, JsonNode proposal, Map<String, Object> content) {
    return ok(edit(member, proposal, content));
  }

  public static ApiClient.Response action(
      ApiClient member, JsonNode proposal, String action, Object body) {
    return member.postJson(BASE + "/" + id(proposal) + "/" + action, body, ifMatch(proposal));
  }

  public static JsonNode ok(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** A complete draft of the member for the job, submitted for approval. */
  public static JsonNode submitted(ApiClient member, String jobId, String amount) {
    JsonNode draft = draft(member, jobId);
    JsonNode complete = edited(member, draft, complete(draft, amount));
    return ok(action(member, complete, "submit-for-approval", Map.of()));
  }

  public static JsonNode approve(ApiClient approver, JsonNode proposal) {
    return ok(action(approver, proposal, "approve", Map.of()));
  }

  public static String id(JsonNode proposal) {
    return proposal.path("id").asString();
  }

  /** The ids of the proposals on a page. */
  public static List<String> ids(JsonNode page) {
    return page.path("items").valueStream().map(ProposalSteps::id).toList();
  }

  public static List<String> actions(JsonNode proposal) {
    return proposal.path("actions").valueStream().map(JsonNode::asString).toList();
  }

  public static List<String> timeline(JsonNode proposal) {
    return proposal.path("history").valueStream().map(h -> h.path("action").asString()).toList();
  }

  /**
   * Replaces the agency's approval policy (as its owner) with these rules, each approved by one
   * member holding one of {@code roles} unless a rule says otherwise.
   */
  public static void policy(ApiClient owner, List<Map<String, Object>> rules) {
    ApiClient.Response current = owner.get("/api/approval-policy");
    assertThat(current.status()).as(current.body()).isEqualTo(200);
    ApiClient.Response replaced =
        owner.putJson(
            "/api/approval-policy",
            Map.of("rules", rules),
            "If-Match",
            current.header("ETag").orElseThrow());
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
  }

  public static Map<String, Object> rule(String name, String kind, List<String> roles, int needed) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("name", name);
    rule.put("enabled", true);
    rule.put("kind", kind);
    rule.put("approvers", Map.of("roles", roles, "userIds", List.of()));
    rule.put("approvalsNeeded", needed);
    return rule;
  }

  public static Map<String, Object> bidRule(String name, String minimum, List<String> roles) {
    Map<String, Object> rule = rule(name, "BID_AT_LEAST", roles, 1);
    rule.put("minimumBid", money(minimum));
    return rule;
  }

  /** Audit actions of the agency that start so, newest first (as its owner sees them). */
  public static List<String> audit(ApiClient owner, String prefix) {
    return owner
        .get("/api/agency/audit-events?size=100&action=" + prefix)
        .json()
        .path("items")
        .valueStream()
        .map(e -> e.path("action").asString())
        .toList();
  }

  /** The topics of the member's notifications, newest first. */
  public static List<String> notified(ApiClient member) {
    ApiClient.Response page = member.get("/api/notifications?size=100");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().path("items").valueStream().map(n -> n.path("topic").asString()).toList();
  }
}
