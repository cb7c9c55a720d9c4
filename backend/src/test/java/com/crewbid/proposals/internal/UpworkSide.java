package com.crewbid.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.support.ApiClient;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.upwork.UpworkAccounts;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.client.UpworkClient;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the Upwork sandbox holds and does, for the proposal tests: the proposals a member has there
 * (read as that member, with the client and documents Crewbid uses), its control API, and jobs
 * fetched into an agency's cache.
 */
@Component
public class UpworkSide {

  static final String CONTROL = "/upwork-sandbox/_control";

  private final UpworkClient upwork;
  private final UpworkAccounts accounts;
  private final TenantScope scope;
  private final TransactionTemplate tx;

  UpworkSide(
      UpworkClient upwork, UpworkAccounts accounts, TenantScope scope, TransactionTemplate tx) {
    this.upwork = upwork;
    this.accounts = accounts;
    this.scope = scope;
    this.tx = tx;
  }

  /** The member's proposals on the job at Upwork, newest first. */
  List<UpworkProposalQueries.Node> proposalsOn(TenantId agency, UserId member, String jobId) {
    return scope.callAs(
        agency,
        () -> {
          UpworkCaller caller = tx.execute(status -> accounts.require(member));
          return upwork
              .query(
                  caller,
                  UpworkProposalQueries.SENT,
                  UpworkProposalQueries.sentVariables(caller.upworkUserId(), List.of(jobId), null),
                  "vendorProposals",
                  UpworkProposalQueries.Connection.class)
              .value()
              .map(UpworkProposalQueries.Connection::nodes)
              .orElse(List.of());
        });
  }

  /** Submits a proposal at Upwork as the member, outside Crewbid (as they would on Upwork). */
  String submitAtUpwork(TenantId agency, UserId member, String jobId, List<String> questions) {
    return scope.callAs(
        agency,
        () -> {
          UpworkCaller caller = tx.execute(status -> accounts.require(member));
          List<Answer> answers =
              questions.stream().map(q -> new Answer(1, q, "Yes.", false)).toList();
          UpworkProposalQueries.SubmitResult result =
              upwork
                  .query(
                      caller,
                      UpworkProposalQueries.SUBMIT,
                      UpworkProposalQueries.submitInput(
                          caller.upworkUserId(),
                          caller.organizationId(),
                          jobId,
                          new java.math.BigDecimal("300"),
                          "Sent on Upwork directly.",
                          answers,
                          EstimatedDuration.LESS_THAN_ONE_MONTH),
                      "createJobProposal",
                      UpworkProposalQueries.SubmitResult.class)
                  .data();
          assertThat(result.error()).isNull();
          return result.newProposalId();
        });
  }

  static ApiClient control(int port) {
    return new ApiClient(port).withoutCsrf();
  }

  static void reset(int port) {
    assertThat(control(port).delete(CONTROL).status()).isEqualTo(204);
  }

  static void fault(int port, String kind, int count) {
    ApiClient.Response injected =
        control(port)
            .postJson(
                CONTROL + "/faults", Map.of("target", "GRAPHQL", "kind", kind, "count", count));
    assertThat(injected.status()).as(injected.body()).isEqualTo(204);
  }

  static void advanceClock(int port, String duration) {
    assertThat(control(port).postJson(CONTROL + "/clock", Map.of("advanceBy", duration)).status())
        .isEqualTo(200);
  }

  static void pinStatus(int port, String upworkProposalId, String status) {
    assertThat(
            control(port)
                .putJson(
                    CONTROL + "/proposals/" + upworkProposalId + "/status",
                    Map.of("status", status))
                .status())
        .isEqualTo(204);
  }

  /** Gives Crewbid's test API key exactly these permissions at the sandbox. */
  static void keyPermissions(int port, List<String> permissions) {
    assertThat(
            control(port)
                .putJson(
                    CONTROL + "/clients/crewbid-test/permissions",
                    Map.of("permissions", permissions))
                .status())
        .isEqualTo(204);
  }

  /** What the sandbox's GraphQL endpoint answers a bare request now (a queued fault, or 401). */
  static int rawGraphQlStatus(int port) {
    return control(port)
        .postJson("/upwork-sandbox/graphql", "{\"query\":\"{ user { id } }\"}")
        .status();
  }

  /** Asks Upwork for the newest jobs as the member, then the ids of those cached, newest first. */
  static List<String> fetchedJobs(ApiClient member) {
    ApiClient.Response fetched = member.postJson("/api/jobs/fetches", Map.of());
    assertThat(fetched.status()).as(fetched.body()).isEqualTo(200);
    JsonNode page = member.get("/api/jobs?size=30").json();
    return page.path("items").valueStream().map(j -> j.path("id").asString()).toList();
  }
}
