package com.crewbid.proposals.internal;

import com.crewbid.approvals.ApprovalComments;
import com.crewbid.approvals.ApprovalRequest;
import com.crewbid.approvals.ApprovalRequests;
import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.CurrentMember;
import com.crewbid.proposals.ProposalState;
import com.crewbid.proposals.internal.ProposalViews.Collision;
import com.crewbid.proposals.internal.ProposalViews.Detail;
import com.crewbid.proposals.internal.ProposalViews.Summary;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.upwork.UpworkAccounts;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads proposals as the current member may see them: details, lists, the approval queue. */
@Service
public class ProposalReader {

  static final Set<String> SORTS = Set.of("updatedAt", "createdAt", "sentAt", "jobTitle", "state");

  private final ProposalRecords proposals;
  private final ProposalHistoryRecords history;
  private final SendAttemptRecords attempts;
  private final ProposalAccess access;
  private final ApprovalRequests approvals;
  private final ApprovalComments comments;
  private final AgencyMembers members;
  private final UpworkAccounts accounts;
  private final ProposalsProperties properties;

  ProposalReader(
      ProposalRecords proposals,
      ProposalHistoryRecords history,
      SendAttemptRecords attempts,
      ProposalAccess access,
      ApprovalRequests approvals,
      ApprovalComments comments,
      AgencyMembers members,
      UpworkAccounts accounts,
      ProposalsProperties properties) {
    this.proposals = proposals;
    this.history = history;
    this.attempts = attempts;
    this.access = access;
    this.approvals = approvals;
    this.comments = comments;
    this.members = members;
    this.accounts = accounts;
    this.properties = properties;
  }

  /** Filters of the list; null means any. */
  public record Filter(
      @Nullable List<ProposalState> states,
      @Nullable String jobId,
      @Nullable UUID authorId,
      boolean mine,
      @Nullable String q) {}

  @Transactional(readOnly = true)
  public Detail detail(UUID id, CurrentMember member) {
    return detail(access.readable(id, member), member);
  }

  /** The detail of a proposal the member may read (checked by the caller). */
  @Transactional(readOnly = true)
  public Detail detail(ProposalRecord p, CurrentMember member) {
    Optional<ApprovalRequest> request = approvals.find(p.id());
    Map<UserId, String> names = names();
    boolean mayDecide =
        p.state() == ProposalState.PENDING_APPROVAL && approvals.mayDecide(p.id(), member);
    List<ProposalAction> actions =
        Arrays.stream(ProposalAction.values())
            .filter(
                a ->
                    switch (a) {
                      case APPROVE, REJECT, REQUEST_CHANGES -> mayDecide;
                      default -> access.may(p, member, a);
                    })
            .toList();
    ConnectsEstimate estimate = ConnectsEstimate.of(p);
    List<String> questions = p.screeningQuestions();
    return new Detail(
        p.id(),
        p.state(),
        p.version(),
        new ProposalViews.Person(p.author().value(), p.authorName()),
        new ProposalViews.Job(
            p.upworkJobId(),
            p.jobTitle(),
            p.jobUrl(),
            p.jobClientId(),
            p.jobClientName(),
            p.jobCategory(),
            p.jobCategoryId(),
            p.jobType(),
            p.jobBudget(),
            p.jobHourlyMin(),
            p.jobHourlyMax(),
            p.jobCoverLetterRequired(),
            java.util.stream.IntStream.range(0, questions.size())
                .mapToObj(i -> new ProposalViews.Question(i + 1, questions.get(i)))
                .toList()),
        p.templateVersionId() == null
            ? null
            : new ProposalViews.Template(
                p.templateId(), p.templateVersionId(), p.templateName(), p.templateVersionNumber()),
        p.coverLetter(),
        p.missingVariables(),
        p.answers().stream()
            .map(
                a ->
                    new ProposalViews.AnswerView(
                        a.position(), a.question(), a.answer(), a.suggested()))
            .toList(),
        ProposalViews.BidView.of(p.bid()),
        p.estimatedDuration(),
        new ProposalViews.Connects(
            p.connects(),
            p.connectsSet() == null ? "ESTIMATE" : "MEMBER",
            p.connectsEstimate(),
            estimate.basis()),
        request
            .map(r -> ProposalViews.Approval.of(r, id -> names.getOrDefault(id, id.toString())))
            .orElse(null),
        mayDecide,
        actions,
        sending(p),
        new ProposalViews.Outcome(
            p.upworkStatus(), p.outcomeSyncedAt(), p.outcomeChangedAt(), p.outcomeSource()),
        collisions(p.upworkJobId(), member, p.id()),
        history.findByProposalIdOrderBySeqAsc(p.id()).stream()
            .map(
                h ->
                    new ProposalViews.HistoryEntry(
                        h.id(),
                        h.at(),
                        ProposalViews.Person.of(h.actor(), h.actorName()),
                        h.source().name(),
                        h.action(),
                        h.from(),
                        h.to(),
                        h.note()))
            .toList(),
        p.createdAt(),
        p.updatedAt());
  }

  /** The agency's proposals the member may list: a freelancer's own, everyone's for the others. */
  @Transactional(readOnly = true)
  public Page<Summary> list(Filter filter, Pageable pageable, CurrentMember member) {
    boolean ownOnly = filter.mine() || member.role() == AgencyRole.FREELANCER;
    Specification<ProposalRecord> spec =
        (root, query, cb) -> {
          List<Predicate> where = new ArrayList<>();
          if (ownOnly) {
            where.add(cb.equal(root.get("authorId"), member.userId().value()));
          }
          if (filter.authorId() != null) {
            where.add(cb.equal(root.get("authorId"), filter.authorId()));
          }
          if (filter.states() != null && !filter.states().isEmpty()) {
            where.add(root.get("state").in(filter.states()));
          }
          if (filter.jobId() != null && !filter.jobId().isBlank()) {
            where.add(cb.equal(root.get("upworkJobId"), filter.jobId().strip()));
          }
          if (filter.q() != null && !filter.q().isBlank()) {
            for (String word : filter.q().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
              where.add(
                  cb.like(
                      cb.lower(root.get("jobTitle")),
                      "%"
                          + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                          + "%",
                      '\\'));
            }
          }
          return cb.and(where.toArray(Predicate[]::new));
        };
    Page<ProposalRecord> page = proposals.findAll(spec, sorted(pageable));
    Map<UUID, ApprovalRequest> requests = requestsOf(page.getContent());
    return page.map(p -> summary(p, requests.get(p.id())));
  }

  /** What the member may decide on now, oldest request first. */
  @Transactional(readOnly = true)
  public Page<Summary> queue(CurrentMember member, Pageable pageable) {
    List<ApprovalRequest> pending = approvals.pendingFor(member);
    Map<UUID, ProposalRecord> byId =
        proposals.findAllById(pending.stream().map(ApprovalRequest::subjectId).toList()).stream()
            .filter(p -> p.state() == ProposalState.PENDING_APPROVAL)
            .collect(Collectors.toMap(ProposalRecord::id, Function.identity()));
    List<Summary> all =
        pending.stream()
            .sorted(Comparator.comparing(ApprovalRequest::openedAt))
            .filter(r -> byId.containsKey(r.subjectId()))
            .map(r -> summary(byId.get(r.subjectId()), r))
            .toList();
    int from = (int) Math.min(pageable.getOffset(), all.size());
    int to = Math.min(from + pageable.getPageSize(), all.size());
    return new PageImpl<>(all.subList(from, to), pageable, all.size());
  }

  /** The member's own active proposal for a job, and colleagues bidding on it. */
  @Transactional(readOnly = true)
  public ProposalViews.Collisions collisions(String jobId, CurrentMember member) {
    Optional<ProposalRecord> mine =
        proposals.findFirstByAuthorIdAndUpworkJobIdAndStateNotIn(
            member.userId().value(), jobId, ProposalState.INACTIVE);
    return new ProposalViews.Collisions(
        jobId,
        mine.map(p -> new ProposalViews.Mine(p.id(), p.state())).orElse(null),
        collisions(jobId, member, null));
  }

  @Transactional(readOnly = true)
  public List<ProposalViews.Comment> comments(UUID id, CurrentMember member) {
    ProposalRecord p = access.readable(id, member);
    return comments.thread(p.id()).stream().map(ProposalViews.Comment::of).toList();
  }

  Summary summary(ProposalRecord p, @Nullable ApprovalRequest request) {
    Bid bid = p.bid();
    return new Summary(
        p.id(),
        p.state(),
        p.version(),
        new ProposalViews.Person(p.author().value(), p.authorName()),
        new ProposalViews.JobSummary(
            p.upworkJobId(), p.jobTitle(), p.jobClientName(), p.jobCategory(), p.jobType()),
        bid == null ? null : new ProposalViews.BidSummary(bid.type(), bid.amount()),
        p.connects(),
        request == null
            ? null
            : new ProposalViews.ApprovalSummary(
                request.state().name(),
                request.approvalsNeeded(),
                request.approvalsGiven(),
                request.rule() == null ? null : request.rule().name()),
        p.createdAt(),
        p.updatedAt(),
        p.sentAt());
  }

  /** Colleagues' active proposals for the job (never the member's own, nor {@code except}). */
  List<Collision> collisions(String jobId, CurrentMember member, @Nullable UUID except) {
    boolean open = access.mayOpenColleagues(member);
    return proposals
        .findByUpworkJobIdAndStateNotInOrderByCreatedAtAsc(jobId, ProposalState.INACTIVE)
        .stream()
        .filter(p -> !p.author().equals(member.userId()) && !p.id().equals(except))
        .map(
            p ->
                new Collision(
                    p.author().value(),
                    p.authorName(),
                    p.state(),
                    p.createdAt(),
                    open ? p.id() : null))
        .toList();
  }

  private ProposalViews.Sending sending(ProposalRecord p) {
    Optional<SendAttemptRecord> last = attempts.findFirstByProposalIdOrderByClickedAtDesc(p.id());
    return new ProposalViews.Sending(
        apiSubmission(p.author()),
        p.sentVia(),
        p.sentAt(),
        ProposalViews.Person.of(p.sentBy(), p.sentByName()),
        p.upworkProposalId(),
        last.map(
                a ->
                    new ProposalViews.Attempt(
                        a.clickedAt(),
                        new ProposalViews.Person(a.clickedBy().value(), a.clickedByName()),
                        a.outcome().name(),
                        a.problem() == null ? null : a.problem().type(),
                        a.error()))
            .orElse(null));
  }

  /** Whether "Send via Upwork" can work for this author now, as far as Crewbid knows. */
  String apiSubmission(UserId author) {
    if (!properties.apiSubmission()) {
      return "DISABLED";
    }
    if (!accounts.linkOf(author).usable()) {
      return "NOT_LINKED";
    }
    List<SendAttemptRecord> telling =
        attempts.telling(
            SendAttemptRecord.Outcome.SENT,
            ProblemType.SUBMISSION_NOT_PERMITTED,
            PageRequest.of(0, 1));
    return !telling.isEmpty() && telling.get(0).outcome() != SendAttemptRecord.Outcome.SENT
        ? "NOT_PERMITTED"
        : "AVAILABLE";
  }

  private Map<UUID, ApprovalRequest> requestsOf(List<ProposalRecord> page) {
    Map<UUID, ApprovalRequest> found = new java.util.HashMap<>();
    for (ProposalRecord p : page) {
      if (p.state() != ProposalState.DRAFT) {
        approvals.find(p.id()).ifPresent(r -> found.put(p.id(), r));
      }
    }
    return found;
  }

  private Map<UserId, String> names() {
    return members.ofCurrentAgency().stream()
        .collect(Collectors.toMap(AgencyMembers.Member::userId, AgencyMembers.Member::name));
  }

  /** Only the documented sort keys; the default is the newest change first. */
  private static Pageable sorted(Pageable pageable) {
    List<Sort.Order> orders = new ArrayList<>();
    for (Sort.Order order : pageable.getSort()) {
      if (!SORTS.contains(order.getProperty())) {
        throw ProposalProblems.invalid(
            "sort", "Sort by one of " + String.join(", ", new java.util.TreeSet<>(SORTS)) + ".");
      }
      orders.add(order);
    }
    if (orders.isEmpty()) {
      orders.add(Sort.Order.desc("updatedAt"));
    }
    orders.add(Sort.Order.asc("id"));
    return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders));
  }
}
