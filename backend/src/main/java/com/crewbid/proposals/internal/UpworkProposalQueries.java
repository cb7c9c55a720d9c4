package com.crewbid.proposals.internal;

import com.crewbid.proposals.ProposalState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL documents proposals send to Upwork, written against Upwork's schema ({@code
 * upwork/upwork-schema.graphql}; {@code UpworkProposalQueriesTest} validates them), the shapes of
 * their answers, and how Upwork's statuses map to a proposal's states.
 */
final class UpworkProposalQueries {

  /** Upwork answers at most 40 proposals a page, and takes that many job ids in one filter. */
  static final int PAGE_SIZE = 40;

  /** Submits a proposal; spends Connects. The client never retries a mutation. */
  static final String SUBMIT =
      """
      mutation CrewbidSubmitProposal($input: CreateJobProposalInput!) {
        createJobProposal(input: $input) { newProposalId status error }
      }
      """;

  /** The member's proposals on some jobs, newest first, with their statuses. */
  static final String SENT =
      """
      query CrewbidSentProposals(
        $filter: VendorProposalFilter!
        $sort: VendorProposalSortAttribute!
        $pagination: Pagination!
      ) {
        vendorProposals(filter: $filter, sortAttribute: $sort, pagination: $pagination) {
          totalCount
          edges {
            node {
              id
              status { status }
              marketplaceJobPosting { id }
              auditDetails { createdDateTime modifiedDateTime }
            }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;

  private UpworkProposalQueries() {}

  record SubmitResult(
      @Nullable String newProposalId, @Nullable String status, @Nullable String error) {}

  record Connection(@Nullable List<Edge> edges, @Nullable PageInfo pageInfo) {

    List<Node> nodes() {
      return edges == null
          ? List.of()
          : edges.stream()
              .filter(Objects::nonNull)
              .map(Edge::node)
              .filter(Objects::nonNull)
              .toList();
    }

    @Nullable String next() {
      return pageInfo != null && Boolean.TRUE.equals(pageInfo.hasNextPage())
          ? pageInfo.endCursor()
          : null;
    }
  }

  record Edge(@Nullable Node node) {}

  record PageInfo(@Nullable Boolean hasNextPage, @Nullable String endCursor) {}

  record Node(
      String id,
      @Nullable Status status,
      @Nullable Posting marketplaceJobPosting,
      @Nullable Audit auditDetails) {

    @Nullable String jobId() {
      return marketplaceJobPosting == null ? null : marketplaceJobPosting.id();
    }

    @Nullable String statusName() {
      return status == null ? null : status.status();
    }

    String created() {
      return auditDetails == null || auditDetails.createdDateTime() == null
          ? ""
          : auditDetails.createdDateTime();
    }
  }

  record Status(@Nullable String status) {}

  record Posting(@Nullable String id) {}

  record Audit(@Nullable String createdDateTime, @Nullable String modifiedDateTime) {}

  /** The input of {@code createJobProposal}. */
  static Map<String, Object> submitInput(
      String freelancerId,
      @Nullable String agencyOrgId,
      String jobId,
      java.math.BigDecimal amount,
      String coverLetter,
      List<Answer> answers,
      @Nullable EstimatedDuration duration) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("selectedContractor", freelancerId);
    input.put("jobReference", jobId);
    input.put("chargedAmount", amount.doubleValue());
    input.put("coverLetter", coverLetter);
    if (agencyOrgId != null) {
      input.put("agencyOrgId", agencyOrgId);
    }
    input.put(
        "questions",
        answers.stream()
            .map(a -> Map.<String, Object>of("question", a.question(), "answer", a.answer()))
            .toList());
    if (duration != null) {
      input.put("estimatedDuration", duration.label());
    }
    return Map.of("input", input);
  }

  /** The variables of one page of the member's proposals on these jobs. */
  static Map<String, Object> sentVariables(
      String freelancerId, List<String> jobIds, @Nullable String after) {
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("first", PAGE_SIZE);
    if (after != null) {
      pagination.put("after", after);
    }
    return Map.of(
        "filter",
        Map.of("status_eq", "ALL", "freelancerId_eq", freelancerId, "jobPostingIds_any", jobIds),
        "sort",
        Map.of("field", "CREATED_DATETIME", "sortOrder", "DESC"),
        "pagination",
        pagination);
  }

  /**
   * The proposal state an Upwork status means, if it is one Crewbid knows. Upwork has not published
   * the values; these are the reported ones and their near synonyms.
   */
  static Optional<ProposalState> stateOf(@Nullable String upworkStatus) {
    if (upworkStatus == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (upworkStatus.strip().toUpperCase(Locale.ROOT)) {
          case "SUBMITTED", "PENDING", "ACTIVE", "SENT" -> ProposalState.SENT;
          case "VIEWED" -> ProposalState.VIEWED;
          case "REPLIED", "MESSAGED", "RESPONDED" -> ProposalState.REPLIED;
          case "INTERVIEWING", "INTERVIEW", "SHORTLISTED", "OFFERED" -> ProposalState.INTERVIEW;
          case "HIRED", "ACCEPTED", "OFFER_ACCEPTED" -> ProposalState.HIRED;
          case "DECLINED", "REJECTED", "ARCHIVED", "CLOSED", "JOB_CLOSED" -> ProposalState.DECLINED;
          case "WITHDRAWN", "CANCELLED", "CANCELED" -> ProposalState.WITHDRAWN;
          default -> null;
        });
  }
}
