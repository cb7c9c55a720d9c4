package com.crewbid.proposals.internal;

import com.crewbid.identity.CurrentMember;
import com.crewbid.proposals.ProposalState;
import com.crewbid.proposals.internal.ProposalHistoryRecord.Source;
import com.crewbid.proposals.internal.ProposalViews.Detail;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.upwork.UpworkAccounts;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.client.UpworkClient;
import com.crewbid.upwork.client.UpworkException;
import com.crewbid.upwork.client.UpworkRelinkRequired;
import com.crewbid.upwork.client.UpworkThrottled;
import com.crewbid.upwork.client.UpworkUnavailable;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads from Upwork what became of sent proposals, as each proposal's author (their link, their
 * organization), and moves the proposals along: SENT → VIEWED → REPLIED → INTERVIEW → HIRED,
 * DECLINED or WITHDRAWN, never back and never out of a final outcome (a person's correction of one
 * stands). A proposal whose sending ended without an answer is looked for too, and linked when
 * found. Proposals sent by hand are matched by job (the author's newest Upwork proposal on it that
 * no other proposal of the agency holds), and keep Upwork's id from then on.
 *
 * <p>Runs in the current agency: the schedule enters each agency first ({@link
 * OutcomeSyncSchedule}). Upwork is asked outside any transaction; each author's answers are applied
 * in a transaction of their own.
 */
@Service
public class OutcomeSync {

  /** Pages of an author's proposals read per chunk of jobs at most. */
  static final int MAX_PAGES = 3;

  private static final Set<ProposalState> LOOKED_FOR =
      EnumSet.of(
          ProposalState.SENT,
          ProposalState.VIEWED,
          ProposalState.REPLIED,
          ProposalState.INTERVIEW,
          ProposalState.SEND_UNKNOWN);

  private static final Logger log = LoggerFactory.getLogger(OutcomeSync.class);

  private final ProposalRecords proposals;
  private final SendAttemptRecords attempts;
  private final ProposalAccess access;
  private final ProposalReader reader;
  private final ProposalTimeline timeline;
  private final ProposalNotices notices;
  private final ProposalWorkflow workflow;
  private final com.crewbid.approvals.ApprovalRequests approvals;
  private final UpworkAccounts accounts;
  private final UpworkClient upwork;
  private final ProposalsProperties properties;
  private final TransactionTemplate tx;
  private final Clock clock;

  OutcomeSync(
      ProposalRecords proposals,
      SendAttemptRecords attempts,
      ProposalAccess access,
      ProposalReader reader,
      ProposalTimeline timeline,
      ProposalNotices notices,
      ProposalWorkflow workflow,
      com.crewbid.approvals.ApprovalRequests approvals,
      UpworkAccounts accounts,
      UpworkClient upwork,
      ProposalsProperties properties,
      TransactionTemplate tx,
      Clock clock) {
    this.proposals = proposals;
    this.attempts = attempts;
    this.access = access;
    this.reader = reader;
    this.timeline = timeline;
    this.notices = notices;
    this.workflow = workflow;
    this.approvals = approvals;
    this.accounts = accounts;
    this.upwork = upwork;
    this.properties = properties;
    this.tx = tx;
    this.clock = clock;
  }

  /** What one run in an agency did. */
  public record Run(int authors, int moved, int skipped) {}

  /**
   * An author of the current agency whose proposals wait for the client, with when the sync last
   * asked Upwork about the one it asked about longest ago (null: one was never asked about) and
   * when the oldest of them was sent; the proposals in that order.
   */
  public record Due(
      UserId author, @Nullable Instant lastSynced, Instant oldest, List<UUID> proposals) {

    /** Who waits longest first: never asked before asked long ago, then the oldest sent. */
    public static final Comparator<Due> LONGEST_WAITING =
        Comparator.comparing(Due::lastSynced, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Due::oldest);
  }

  /**
   * How syncing one author ended: whether it cost requests to Upwork (not when the author's link
   * does not work), whether it failed softly, and how many proposals moved.
   */
  public record AuthorRun(boolean asked, boolean skipped, int moved) {}

  /**
   * The current agency's authors whose proposals wait for the client, who waits longest first
   * (first of all those the sync never asked about); proposals sent longer ago than {@code
   * crewbid.proposals.outcome-sync-cutoff} are no longer asked about (a person corrects them).
   * Takes sends left unfinished for unknown first.
   */
  public List<Due> due() {
    sweepStaleSends();
    return tx.execute(
        status -> {
          Map<UserId, List<AwaitingOutcome>> byAuthor =
              proposals.awaiting(LOOKED_FOR, now().minus(properties.outcomeSyncCutoff())).stream()
                  .collect(
                      Collectors.groupingBy(
                          a -> new UserId(a.authorId()), LinkedHashMap::new, Collectors.toList()));
          return byAuthor.entrySet().stream()
              .map(
                  author ->
                      new Due(
                          author.getKey(),
                          author.getValue().getFirst().outcomeSyncedAt(),
                          author.getValue().stream()
                              .map(AwaitingOutcome::sentOrChanged)
                              .min(Comparator.naturalOrder())
                              .orElseThrow(),
                          author.getValue().stream().map(AwaitingOutcome::id).toList()))
              .sorted(Due.LONGEST_WAITING)
              .toList();
        });
  }

  /**
   * Syncs the current agency's proposals that wait for the client, at most {@code maxAuthors}
   * authors' worth, who waits longest first. A broken link skips its author (logged, not counted);
   * Upwork's limits end the run.
   *
   * @throws UpworkThrottled when Upwork's limits (or the agency's share) are reached
   */
  public Run syncAgency(int maxAuthors) {
    int authors = 0;
    int moved = 0;
    int skipped = 0;
    for (Due due : due()) {
      if (authors >= maxAuthors) {
        break;
      }
      AuthorRun run = syncDue(due);
      authors += run.asked() ? 1 : 0;
      skipped += run.skipped() ? 1 : 0;
      moved += run.moved();
    }
    return new Run(authors, moved, skipped);
  }

  /**
   * Asks Upwork about one due author's proposals, in the current agency. A failure skips the author
   * softly (logged; their proposals stay first in line for the next run); one of the author's link
   * (not linked, or Upwork refused the grant) cost no request to Upwork, any other did.
   *
   * @throws UpworkThrottled when Upwork's limits (or the agency's share) are reached
   */
  public AuthorRun syncDue(Due due) {
    try {
      return new AuthorRun(true, false, sync(due.author(), due.proposals(), true));
    } catch (UpworkThrottled limits) {
      throw limits;
    } catch (ProblemException | UpworkRelinkRequired brokenLink) {
      log.info(
          "Outcome sync skipped an author whose link does not work: {}", brokenLink.getMessage());
      return new AuthorRun(false, true, 0);
    } catch (UpworkException failure) {
      log.info("Outcome sync skipped an author softly: {}", failure.getMessage());
      return new AuthorRun(true, true, 0);
    }
  }

  /**
   * Looks a proposal up on Upwork now, on a person's click ("check on Upwork"): finds one whose
   * sending ended without an answer, or refreshes a sent one's outcome.
   *
   * @throws ProblemException proposal-state (409) unless SEND_UNKNOWN or waiting for the client;
   *     upwork-not-linked / upwork-relink-required (409) for the author's link; upwork-throttled
   *     (429), upwork-unavailable (503)
   */
  public Detail check(UUID id, CurrentMember member) {
    ProposalRecord p =
        tx.execute(
            status -> {
              ProposalRecord found =
                  access.authoredOrManaged(id, member, ProposalAction.CHECK_UPWORK);
              found.require(ProposalAction.CHECK_UPWORK);
              return found;
            });
    try {
      sync(p.author(), List.of(p.id()), false);
    } catch (UpworkThrottled limits) {
      throw ProblemException.retryLater(
          ProblemType.UPWORK_THROTTLED,
          "Upwork's limits are reached; check again later.",
          limits.retryAfter());
    } catch (UpworkUnavailable unavailable) {
      throw new ProblemException(
          ProblemType.UPWORK_UNAVAILABLE, "Upwork is not answering just now; check again later.");
    } catch (UpworkException failure) {
      throw new ProblemException(
          ProblemType.UPWORK_ERROR,
          "Upwork refused to list the proposals: " + failure.getMessage());
    }
    return tx.execute(status -> reader.detail(access.readable(id, member), member));
  }

  /**
   * Reads the author's Upwork proposals on these proposals' jobs and applies them; how many moved.
   * Upwork shows a proposal only in the organization it was sent under, so each is looked for there
   * (in the author's current organization while that is not known); the organizations in the order
   * of their first proposal in {@code ids} (who waits longest first). On the schedule ({@code
   * scheduled}), an organization Upwork will not answer for (say, the author left it) is logged and
   * its proposals noted as asked about, so they go to the back of the line, and the author's other
   * organizations are still asked; a person's check hears the failure instead.
   *
   * @throws UpworkThrottled when Upwork's limits are reached; UpworkRelinkRequired for the link
   */
  private int sync(UserId author, List<UUID> ids, boolean scheduled) {
    UpworkCaller current = tx.execute(status -> accounts.require(author));
    Map<Optional<ProposalRecord.SentOrganization>, List<ProposalRecord>> byOrganization =
        tx.execute(
            status ->
                proposals.findAllById(ids).stream()
                    .sorted(Comparator.comparingInt(p -> ids.indexOf(p.id())))
                    .collect(
                        Collectors.groupingBy(
                            ProposalRecord::sentOrganization,
                            LinkedHashMap::new,
                            Collectors.toList())));
    int moved = 0;
    for (Map.Entry<Optional<ProposalRecord.SentOrganization>, List<ProposalRecord>> group :
        byOrganization.entrySet()) {
      UpworkCaller caller =
          group
              .getKey()
              .map(
                  organization ->
                      new UpworkCaller(
                          current.tenant(),
                          current.member(),
                          current.upworkUserId(),
                          organization.id()))
              .orElse(current);
      List<UUID> groupIds = group.getValue().stream().map(ProposalRecord::id).toList();
      List<String> jobs =
          group.getValue().stream().map(ProposalRecord::upworkJobId).distinct().toList();
      List<UpworkProposalQueries.Node> found;
      try {
        found = found(caller, jobs);
      } catch (UpworkThrottled | UpworkRelinkRequired stop) {
        throw stop;
      } catch (UpworkException failure) {
        if (!scheduled) {
          throw failure;
        }
        log.info(
            "Outcome sync could not ask about {} proposals in one organization, went on: {}",
            groupIds.size(),
            failure.getMessage());
        Instant now = now();
        tx.executeWithoutResult(status -> proposals.syncedAt(groupIds, now));
        continue;
      }
      moved += tx.execute(status -> apply(groupIds, found, caller.organizationId(), Source.SYNC));
    }
    return moved;
  }

  /** The caller's Upwork proposals on these jobs. */
  private List<UpworkProposalQueries.Node> found(UpworkCaller caller, List<String> jobs) {
    List<UpworkProposalQueries.Node> found = new ArrayList<>();
    for (int from = 0; from < jobs.size(); from += UpworkProposalQueries.PAGE_SIZE) {
      List<String> chunk =
          jobs.subList(from, Math.min(from + UpworkProposalQueries.PAGE_SIZE, jobs.size()));
      String after = null;
      for (int page = 0; page < MAX_PAGES; page++) {
        UpworkProposalQueries.Connection connection =
            upwork
                .query(
                    caller,
                    UpworkProposalQueries.SENT,
                    UpworkProposalQueries.sentVariables(caller.upworkUserId(), chunk, after),
                    "vendorProposals",
                    UpworkProposalQueries.Connection.class)
                .value()
                .orElse(new UpworkProposalQueries.Connection(List.of(), null));
        found.addAll(connection.nodes());
        after = connection.next();
        if (after == null) {
          break;
        }
      }
    }
    return found;
  }

  /**
   * Applies what Upwork said about these proposals, asked in {@code organizationId} (null: the
   * author's own account), and notes that each was asked about now (found or not).
   */
  private int apply(
      List<UUID> ids,
      List<UpworkProposalQueries.Node> found,
      @Nullable String organizationId,
      Source source) {
    Instant now = now();
    int moved = 0;
    List<ProposalRecord> changed = new ArrayList<>();
    List<UUID> asked = new ArrayList<>();
    Set<String> linked = new HashSet<>();
    for (ProposalRecord p : proposals.findAllById(ids)) {
      if (!LOOKED_FOR.contains(p.state())) {
        continue; // moved on since it was chosen (a person acted meanwhile)
      }
      asked.add(p.id());
      Optional<SendAttemptRecord> click =
          p.upworkProposalId() == null || p.state() == ProposalState.SEND_UNKNOWN
              ? attempts.findFirstByProposalIdOrderByClickedAtDesc(p.id())
              : Optional.empty();
      Optional<UpworkProposalQueries.Node> match =
          match(p, found, click.map(SendAttemptRecord::upworkProposalId).orElse(null), linked);
      if (match.isEmpty()) {
        continue;
      }
      UpworkProposalQueries.Node node = match.get();
      // Upwork's id goes on one proposal only: not when another holds it (an Upwork that gave it
      // out twice), whose outcome this one still follows by its send attempt.
      boolean link =
          !linked.contains(node.id())
              && (node.id().equals(p.upworkProposalId())
                  || !proposals.existsByUpworkProposalIdAndIdNot(node.id(), p.id()));
      if (link) {
        linked.add(node.id());
      }
      if (p.sentOrganization().isEmpty()) {
        p.sentUnder(organizationId);
      }
      if (p.state() == ProposalState.SEND_UNKNOWN) {
        ProposalState from = p.foundOnUpwork(link ? node.id() : null, now);
        click
            .filter(a -> a.outcome() == SendAttemptRecord.Outcome.UNKNOWN)
            .ifPresent(a -> a.sent(node.id(), now));
        Actor clicker =
            click
                .map(a -> new Actor(a.clickedBy(), a.clickedByName()))
                .orElse(new Actor(p.author(), p.authorName()));
        timeline.step(
            p,
            "found-on-upwork",
            from,
            null,
            source,
            "Upwork has it as proposal " + node.id() + ".",
            now,
            Map.of("upworkProposalId", node.id()));
        notices.sent(p, approvals.find(p.id()).orElse(null), clicker);
        changed.add(p);
        moved++;
      } else if (link) {
        p.linkUpworkProposal(node.id());
      }
      Optional<ProposalState> reported = UpworkProposalQueries.stateOf(node.statusName());
      boolean forward =
          reported.isPresent()
              && reported.get().outcomeRank() > p.state().outcomeRank()
              && p.state().outcomeRank() < ProposalState.HIRED.outcomeRank();
      if (forward) {
        ProposalState from = p.outcome(reported.get(), node.statusName(), "SYNC", now);
        timeline.step(
            p,
            "outcome-synced",
            from,
            null,
            source,
            "Upwork: " + node.statusName(),
            now,
            Map.of("upworkStatus", node.statusName()));
        notices.outcomeChanged(p, null);
        if (!changed.contains(p)) {
          changed.add(p);
          moved++;
        }
      } else {
        p.outcome(p.state(), node.statusName(), "SYNC", now);
      }
    }
    proposals.flush();
    if (!asked.isEmpty()) {
      proposals.syncedAt(asked, now);
    }
    // Last: counting clears the persistence context.
    changed.forEach(workflow::countOutcome);
    return moved;
  }

  /**
   * The author's Upwork proposal that is this one: by Upwork's id when known (on the proposal, else
   * on its send attempt: a proposal kept without the id another proposal holds), on the same job (a
   * node of that id on another job is another proposal's, from an Upwork that gave the id out
   * twice); else on the same job the newest that no other proposal of the agency holds (nor one
   * matched in this batch).
   */
  private Optional<UpworkProposalQueries.Node> match(
      ProposalRecord p,
      List<UpworkProposalQueries.Node> found,
      @Nullable String attemptId,
      Set<String> linked) {
    String known = p.upworkProposalId() != null ? p.upworkProposalId() : attemptId;
    if (known != null) {
      Optional<UpworkProposalQueries.Node> byId =
          found.stream()
              .filter(n -> known.equals(n.id()))
              .filter(n -> n.jobId() == null || p.upworkJobId().equals(n.jobId()))
              .findFirst();
      if (byId.isPresent() || p.upworkProposalId() != null) {
        return byId;
      }
    }
    return found.stream()
        .filter(n -> p.upworkJobId().equals(n.jobId()))
        .filter(n -> !linked.contains(n.id()))
        .filter(n -> !proposals.existsByUpworkProposalIdAndIdNot(n.id(), p.id()))
        .max(Comparator.comparing(UpworkProposalQueries.Node::created));
  }

  /**
   * Sends still SENDING long after any call would have ended: the instance died during the call.
   * Their outcome is unknown; a person checks on Upwork (or this sync finds them).
   */
  void sweepStaleSends() {
    tx.executeWithoutResult(
        status -> {
          Instant now = now();
          for (ProposalRecord p :
              proposals.findByStateAndSendingSinceBefore(
                  ProposalState.SENDING, now.minus(properties.sendingTimeout()))) {
            p.sendUnknown(now);
            attempts
                .findFirstByProposalIdOrderByClickedAtDesc(p.id())
                .filter(a -> a.outcome() == SendAttemptRecord.Outcome.IN_PROGRESS)
                .ifPresent(
                    a ->
                        a.failed(
                            SendAttemptRecord.Outcome.UNKNOWN,
                            ProblemType.SEND_OUTCOME_UNKNOWN,
                            "Crewbid stopped while sending; check on Upwork whether it arrived.",
                            now));
            timeline.step(
                p,
                "send-unknown",
                ProposalState.SENDING,
                null,
                Source.SYSTEM,
                "Sending did not finish (Crewbid stopped during the call).",
                now);
            notices.sendUnknown(p);
          }
        });
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
