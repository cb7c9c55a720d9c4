package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxQueries.caller;

import com.crewbid.upwork.sandbox.SandboxProposals.Proposal;
import com.crewbid.upwork.sandbox.SandboxProposals.Status;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sent proposals and submitting one: {@code vendorProposals}, {@code vendorProposal} and {@code
 * createJobProposal}. A request sees the proposals of the organization it acts in. Submitting needs
 * the API key's {@value SandboxProperties.Client#SUBMIT_PROPOSAL} permission; without it the field
 * fails with a permission error and the rest of the request still resolves. The sandbox creates a
 * proposal on every call: guarding against duplicates is the caller's job, as at Upwork, where each
 * one spends Connects.
 */
@Component
@SandboxEnabled
class ProposalQueries implements SandboxQueries {

  static final int PAGE_SIZE_CAP = 40;

  /** Statuses a {@code status_eq} filter may name besides each single {@link Status}. */
  private static final Map<String, Predicate<Status>> STATUS_GROUPS =
      Map.of("ACTIVE", Status::isActive, "ARCHIVED", s -> !s.isActive(), "ALL", s -> true);

  private final SandboxProposals proposals;
  private final JobPostings postings;
  private final SandboxSeed seed;

  ProposalQueries(SandboxProposals proposals, JobPostings postings, SandboxSeed seed) {
    this.proposals = proposals;
    this.postings = postings;
    this.seed = seed;
  }

  @Override
  public void wire(RuntimeWiring.Builder wiring) {
    wiring
        .type(
            "Query",
            type ->
                type.dataFetcher("vendorProposals", this::vendorProposals)
                    .dataFetcher("vendorProposal", this::vendorProposal))
        .type("Mutation", type -> type.dataFetcher("createJobProposal", this::createJobProposal));
  }

  record VendorProposalView(
      String id,
      IdentityQueries.GenericUserView user,
      IdentityQueries.GenericOrganizationView organization,
      JobPostingQueries.JobPostingView marketplaceJobPosting,
      TermsView terms,
      String coverLetter,
      String proposalCoverLetter,
      AuditView auditDetails,
      StatusView status,
      List<String> annotations) {}

  record TermsView(SandboxMoney chargeRate, @Nullable DurationView estimatedDuration) {}

  record DurationView(String id, String label) {}

  record AuditView(
      IdentityQueries.GenericUserView createdByUser,
      String createdDateTime,
      String modifiedDateTime) {}

  record StatusView(String status) {}

  record CreateResultView(@Nullable String newProposalId, String status, @Nullable String error) {}

  private Object vendorProposals(DataFetchingEnvironment env) {
    Map<String, Object> filter = SandboxConnections.input(env.getArgument("filter"));
    String statusName = String.valueOf(filter.get("status_eq")).toUpperCase(Locale.ROOT);
    Predicate<Status> status =
        STATUS_GROUPS.getOrDefault(statusName, statusNamed(statusName).orElse(null));
    if (status == null) {
      return SandboxErrors.fieldError(
          env,
          graphql.ErrorType.ValidationError,
          "Unknown proposal status "
              + statusName
              + "; use one of "
              + List.of(Status.values())
              + " or "
              + STATUS_GROUPS.keySet());
    }
    Instant now = proposals.now();
    List<Proposal> matching =
        proposals.all().stream()
            .filter(visibleTo(caller(env)))
            .filter(p -> status.test(p.statusAt(now)))
            .filter(p -> matchesIfGiven(filter.get("freelancerId_eq"), p.freelancerId()))
            .filter(p -> matchesIfGiven(filter.get("organizationId_eq"), p.organizationId()))
            .filter(
                p ->
                    !(filter.get("jobPostingIds_any") instanceof Collection<?> ids)
                        || ids.isEmpty()
                        || ids.contains(p.jobPostingId()))
            .sorted(order(SandboxConnections.input(env.getArgument("sortAttribute"))))
            .toList();
    return SandboxConnections.page(
        matching,
        Proposal::id,
        p -> view(p, now),
        SandboxConnections.input(env.getArgument("pagination")),
        PAGE_SIZE_CAP);
  }

  private Object vendorProposal(DataFetchingEnvironment env) {
    String id = env.getArgument("id");
    return SandboxErrors.orNotFound(
        env,
        proposals.find(id).filter(visibleTo(caller(env))).map(p -> view(p, proposals.now())),
        "Proposal " + id);
  }

  private Object createJobProposal(DataFetchingEnvironment env) {
    SandboxCaller caller = caller(env);
    if (!caller.may(SandboxProperties.Client.SUBMIT_PROPOSAL)) {
      return SandboxErrors.fieldError(
          env,
          SandboxErrors.PERMISSION_DENIED,
          "The API key does not have the Submit Proposal permission");
    }
    Map<String, Object> input = SandboxConnections.input(env.getArgument("input"));
    String contractorId = (String) input.get("selectedContractor");
    String jobId = (String) input.get("jobReference");
    String agencyId = (String) input.get("agencyOrgId");
    String coverLetter = Objects.toString(input.get("coverLetter"), "");
    List<SandboxProposals.Answer> answers = answers(input.get("questions"));
    Optional<JobPostings.JobPosting> job = postings.findPosted(jobId);
    Optional<SandboxSeed.User> contractor = seed.user(contractorId);
    String problem = null;
    if (job.isEmpty()) {
      problem = "Job posting " + jobId + " was not found";
    } else if (contractor.isEmpty()) {
      problem = "Freelancer " + contractorId + " was not found";
    } else if (agencyId == null && !contractorId.equals(caller.user().id())) {
      problem = "A freelancer can only submit for themselves unless an agency is named";
    } else if (agencyId != null
        && seed.organization(agencyId)
            .filter(a -> a.hasMember(contractorId) && a.hasMember(caller.user().id()))
            .isEmpty()) {
      problem = "Both the caller and the freelancer must belong to agency " + agencyId;
    } else if (job.get().coverLetterRequired() && coverLetter.isBlank()) {
      problem = "This job requires a cover letter";
    } else if (answers.size() < job.get().screeningQuestions().size()) {
      problem = "This job asks " + job.get().screeningQuestions().size() + " screening questions";
    }
    if (problem != null) {
      return new CreateResultView(null, "FAILED", problem);
    }
    String organizationId =
        agencyId != null ? agencyId : seed.personalOrganizationOf(contractorId).id();
    Proposal proposal =
        proposals.create(
            jobId,
            contractorId,
            organizationId,
            new BigDecimal(String.valueOf(input.get("chargedAmount"))).setScale(2).toPlainString(),
            coverLetter,
            answers,
            (String) input.get("estimatedDuration"));
    return new CreateResultView(proposal.id(), proposal.statusAt(proposals.now()).name(), null);
  }

  private static Optional<Predicate<Status>> statusNamed(String name) {
    for (Status status : Status.values()) {
      if (status.name().equals(name)) {
        return Optional.of(status::equals);
      }
    }
    return Optional.empty();
  }

  private static Predicate<Proposal> visibleTo(SandboxCaller caller) {
    return p -> p.organizationId().equals(caller.organization().id());
  }

  private static boolean matchesIfGiven(@Nullable Object wanted, String actual) {
    return wanted == null || wanted.equals(actual);
  }

  /** Newest first unless the sort attribute asks for ascending order. */
  private static Comparator<Proposal> order(Map<String, Object> sortAttribute) {
    Comparator<Proposal> oldestFirst =
        Comparator.comparing(Proposal::createdAt).thenComparing(Proposal::id);
    return "ASC".equals(sortAttribute.get("sortOrder")) ? oldestFirst : oldestFirst.reversed();
  }

  private static List<SandboxProposals.Answer> answers(@Nullable Object questions) {
    List<SandboxProposals.Answer> answers = new ArrayList<>();
    if (questions instanceof Collection<?> list) {
      for (Object item : list) {
        Map<String, Object> qa = SandboxConnections.input(item);
        answers.add(
            new SandboxProposals.Answer(
                Objects.toString(qa.get("question"), ""), Objects.toString(qa.get("answer"), "")));
      }
    }
    return answers;
  }

  private VendorProposalView view(Proposal p, Instant now) {
    SandboxSeed.User freelancer = seed.user(p.freelancerId()).orElseThrow();
    IdentityQueries.GenericUserView user = IdentityQueries.genericUser(freelancer);
    return new VendorProposalView(
        p.id(),
        user,
        IdentityQueries.genericOrganization(seed.organization(p.organizationId()).orElseThrow()),
        JobPostingQueries.detail(postings.find(p.jobPostingId()).orElseThrow()),
        new TermsView(
            SandboxMoney.usd(p.chargedAmount()),
            p.estimatedDuration() == null
                ? null
                : new DurationView(p.estimatedDuration(), p.estimatedDuration())),
        p.coverLetter(),
        p.coverLetter(),
        new AuditView(user, p.createdAt().toString(), p.modifiedAt(now).toString()),
        new StatusView(p.statusAt(now).name()),
        List.of());
  }
}
