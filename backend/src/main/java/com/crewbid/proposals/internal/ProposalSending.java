package com.crewbid.proposals.internal;

import com.crewbid.approvals.ApprovalRequests;
import com.crewbid.identity.CurrentMember;
import com.crewbid.proposals.ProposalState;
import com.crewbid.proposals.TemplateUsage;
import com.crewbid.proposals.internal.ProposalHistoryRecord.Source;
import com.crewbid.proposals.internal.ProposalViews.Detail;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.upwork.UpworkAccounts;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.client.UpworkClient;
import com.crewbid.upwork.client.UpworkException;
import com.crewbid.upwork.client.UpworkGraphQlError;
import com.crewbid.upwork.client.UpworkPermissionDenied;
import com.crewbid.upwork.client.UpworkRelinkRequired;
import com.crewbid.upwork.client.UpworkResult;
import com.crewbid.upwork.client.UpworkThrottled;
import com.crewbid.upwork.client.UpworkUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending proposals, always on a named person's click. Through Upwork's API ({@code
 * createJobProposal}, as the author, in their chosen organization) the click first claims the
 * proposal (APPROVED → SENDING, one click wins), then calls Upwork once, outside any transaction,
 * never retried; a refusal or a failure before the request reached Upwork puts it back to APPROVED
 * with the error recorded, and a lost answer leaves it SEND_UNKNOWN for a person to check on
 * Upwork. A repeated request with the same {@code Idempotency-Key} returns the first result. The
 * manual way: the member sends it on Upwork and marks it sent here.
 */
@Service
public class ProposalSending {

  static final int MAX_KEY = 100;
  private static final Logger log = LoggerFactory.getLogger(ProposalSending.class);

  private final ProposalRecords proposals;
  private final SendAttemptRecords attempts;
  private final ProposalAccess access;
  private final ProposalReader reader;
  private final ProposalTimeline timeline;
  private final ProposalNotices notices;
  private final ProposalDrafting drafting;
  private final ApprovalRequests approvals;
  private final TemplateUsage usage;
  private final UpworkAccounts accounts;
  private final UpworkClient upwork;
  private final ProposalsProperties properties;
  private final TransactionTemplate tx;
  private final Clock clock;

  ProposalSending(
      ProposalRecords proposals,
      SendAttemptRecords attempts,
      ProposalAccess access,
      ProposalReader reader,
      ProposalTimeline timeline,
      ProposalNotices notices,
      ProposalDrafting drafting,
      ApprovalRequests approvals,
      TemplateUsage usage,
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
    this.drafting = drafting;
    this.approvals = approvals;
    this.usage = usage;
    this.accounts = accounts;
    this.upwork = upwork;
    this.properties = properties;
    this.tx = tx;
    this.clock = clock;
  }

  /** What a claimed send needs for the call to Upwork. */
  private record Claim(UUID attemptId, UpworkCaller caller, Map<String, Object> input) {}

  /** A claim, or the recorded attempt a repeated key names. */
  private record Start(@Nullable Claim claim, @Nullable UUID repeatOf) {}

  /**
   * Sends an approved proposal through Upwork's API, as its author.
   *
   * @param idempotencyKey the browser's key for this click; a repeat returns the first result
   * @throws ProblemException proposal-state (409) unless APPROVED (or while another click sends
   *     it); stale-version (412); proposal-incomplete (422); upwork-not-linked (409); and for a
   *     send that did not go through (the proposal stays APPROVED): submission-not-permitted (422),
   *     send-failed (502), upwork-throttled (429), upwork-unavailable (503); for a lost answer
   *     (SEND_UNKNOWN): send-outcome-unknown (502)
   */
  public Detail send(
      UUID id, long expectedVersion, @Nullable String idempotencyKey, CurrentMember member) {
    String key = key(idempotencyKey);
    Start start;
    try {
      start = tx.execute(status -> claim(id, expectedVersion, key, member));
    } catch (DataIntegrityViolationException sameKeyAtOnce) {
      // Another request with this key claimed it at the same moment: answer as it does.
      start =
          new Start(
              null,
              tx.execute(
                  status ->
                      attempts
                          .findByProposalIdAndIdempotencyKey(id, key)
                          .map(SendAttemptRecord::id)
                          .orElseThrow(() -> sameKeyAtOnce)));
    } catch (OptimisticLockingFailureException otherClick) {
      throw ProposalProblems.illegal(
          ProposalAction.SEND, ProposalState.SENDING, "Another click is sending it right now.");
    }
    if (start.claim() == null) {
      return replay(id, start.repeatOf(), member);
    }
    Claim claim = start.claim();
    Outcome outcome = call(claim);
    // The outcome is stored (committed) before a failure is answered, so that it is never lost.
    Finished finished;
    try {
      finished = tx.execute(status -> finish(id, claim.attemptId(), outcome, member, true));
    } catch (DataIntegrityViolationException idTaken) {
      if (!violates(idTaken, UPWORK_ID_INDEX)) {
        throw idTaken;
      }
      // Another proposal took Upwork's id just now (the sync linked it): sent all the same.
      finished = tx.execute(status -> finish(id, claim.attemptId(), outcome, member, false));
    }
    if (finished.failure() != null) {
      throw finished.failure();
    }
    return finished.detail();
  }

  /** The unique index of Upwork's proposal ids in an agency (tenant V7). */
  static final String UPWORK_ID_INDEX = "proposals_upwork_id_idx";

  /** Whether the failure is a violation of this constraint (or unique index) by name. */
  static boolean violates(DataIntegrityViolationException failure, String constraint) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof org.hibernate.exception.ConstraintViolationException violation
          && constraint.equalsIgnoreCase(violation.getConstraintName())) {
        return true;
      }
      if (t instanceof org.postgresql.util.PSQLException sql
          && sql.getServerErrorMessage() != null
          && constraint.equalsIgnoreCase(sql.getServerErrorMessage().getConstraint())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The stored end of a send: the detail, or the problem to answer with. */
  private record Finished(@Nullable Detail detail, @Nullable ProblemException failure) {}

  private Start claim(UUID id, long expectedVersion, @Nullable String key, CurrentMember member) {
    ProposalRecord p = access.authored(id, member, ProposalAction.SEND);
    if (key != null) {
      Optional<SendAttemptRecord> earlier = attempts.findByProposalIdAndIdempotencyKey(id, key);
      if (earlier.isPresent()) {
        return new Start(null, earlier.get().id());
      }
    }
    ProposalDrafting.requireVersion(p, expectedVersion);
    p.require(ProposalAction.SEND);
    if (!properties.apiSubmission()) {
      throw new ProblemException(
              ProblemType.SUBMISSION_NOT_PERMITTED,
              "Sending through Upwork's API is switched off here: send it on Upwork and mark it"
                  + " sent.")
          .with("state", p.state().name());
    }
    List<ProblemException.FieldProblem> missing = p.missing();
    if (!missing.isEmpty()) {
      throw ProposalProblems.incomplete(ProposalAction.SEND, p.state(), missing);
    }
    UpworkCaller caller = accounts.require(p.author());
    Actor clicker = access.actor(member);
    Instant now = now();
    p.claimForSending(caller.organizationId(), now);
    SendAttemptRecord attempt =
        attempts.save(new SendAttemptRecord(p.id(), key, clicker.id(), clicker.name(), now));
    timeline.step(
        p,
        "send-started",
        ProposalState.APPROVED,
        clicker,
        Source.PERSON,
        null,
        now,
        Map.of("attemptId", attempt.id().toString(), "via", "API"));
    proposals.flush();
    Bid bid = p.bid();
    return new Start(
        new Claim(
            attempt.id(),
            caller,
            UpworkProposalQueries.submitInput(
                caller.upworkUserId(),
                caller.organizationId(),
                p.upworkJobId(),
                bid.amount().amount(),
                p.coverLetter(),
                p.answers(),
                p.estimatedDuration())),
        null);
  }

  /** How the call to Upwork ended. */
  private record Outcome(
      SendAttemptRecord.Outcome kind,
      @Nullable String upworkProposalId,
      @Nullable ProblemType problem,
      @Nullable String message,
      @Nullable Duration retryAfter) {

    static Outcome sent(String id) {
      return new Outcome(SendAttemptRecord.Outcome.SENT, id, null, null, null);
    }

    static Outcome failed(ProblemType problem, String message) {
      return new Outcome(SendAttemptRecord.Outcome.FAILED, null, problem, message, null);
    }

    static Outcome unknown(String message) {
      return new Outcome(
          SendAttemptRecord.Outcome.UNKNOWN, null, ProblemType.SEND_OUTCOME_UNKNOWN, message, null);
    }
  }

  /** The one call: never repeated, whatever happens. */
  private Outcome call(Claim claim) {
    try {
      UpworkResult<UpworkProposalQueries.SubmitResult> result =
          upwork.query(
              claim.caller(),
              UpworkProposalQueries.SUBMIT,
              claim.input(),
              "createJobProposal",
              UpworkProposalQueries.SubmitResult.class);
      UpworkProposalQueries.SubmitResult answer = result.data();
      if (answer != null && answer.newProposalId() != null && answer.error() == null) {
        return Outcome.sent(answer.newProposalId());
      }
      return Outcome.failed(
          ProblemType.SEND_FAILED,
          "Upwork did not take the proposal: "
              + (answer == null || answer.error() == null
                  ? "it answered without a proposal id."
                  : answer.error()));
    } catch (UpworkPermissionDenied denied) {
      return Outcome.failed(
          ProblemType.SUBMISSION_NOT_PERMITTED,
          "Upwork does not let this agency's API key submit proposals (the “Submit Proposal”"
              + " permission). Send it on Upwork yourself and mark it sent.");
    } catch (UpworkGraphQlError refused) {
      return Outcome.failed(
          ProblemType.SEND_FAILED, "Upwork refused the proposal: " + refused.getMessage());
    } catch (UpworkThrottled limits) {
      return new Outcome(
          SendAttemptRecord.Outcome.FAILED,
          null,
          ProblemType.UPWORK_THROTTLED,
          "Upwork's limits were reached before the proposal was sent; nothing was sent. Try again"
              + " later.",
          limits.retryAfter());
    } catch (UpworkUnavailable unavailable) {
      return unavailable.mayHaveTakenEffect()
          ? Outcome.unknown(
              "The request reached Upwork but no answer came back, so Crewbid cannot tell whether"
                  + " the proposal arrived. Check on Upwork before you send it again.")
          : Outcome.failed(
              ProblemType.UPWORK_UNAVAILABLE,
              "Upwork did not answer (" + unavailable.getMessage() + "); nothing was sent.");
    } catch (UpworkRelinkRequired gone) {
      return Outcome.failed(
          ProblemType.UPWORK_RELINK_REQUIRED,
          "Upwork no longer accepts the author's linked account; nothing was sent. Link the"
              + " Upwork account again.");
    } catch (UpworkException other) {
      return Outcome.failed(
          ProblemType.SEND_FAILED, "Upwork refused the request; nothing was sent.");
    } catch (RuntimeException unexpected) {
      // Whatever broke, the request may have left: never guess that nothing was sent.
      log.warn("Sending proposal attempt {} ended unexpectedly", claim.attemptId(), unexpected);
      return Outcome.unknown(
          "Sending stopped unexpectedly, perhaps after the proposal reached Upwork. Check on"
              + " Upwork before you send it again.");
    }
  }

  /**
   * Stores how the call ended. A proposal Upwork took is SENT whatever else happens: its Upwork id
   * is always kept on the attempt, and on the proposal too unless another proposal of the agency
   * holds it (ids are unique per agency; an Upwork that reuses one, like a sandbox that forgot its
   * own), which the timeline and the audit log then say and the log warns of.
   *
   * @param linkId false to leave Upwork's id off the proposal (a first try found it taken)
   */
  private Finished finish(
      UUID id, UUID attemptId, Outcome outcome, CurrentMember member, boolean linkId) {
    ProposalRecord p = proposals.findById(id).orElseThrow(ProposalProblems::notFound);
    SendAttemptRecord attempt = attempts.findById(attemptId).orElseThrow();
    Actor clicker = new Actor(attempt.clickedBy(), attempt.clickedByName());
    Instant now = now();
    switch (outcome.kind()) {
      case SENT -> {
        String upworkId = outcome.upworkProposalId();
        boolean linked = linkId && !proposals.existsByUpworkProposalIdAndIdNot(upworkId, p.id());
        if (!linked) {
          log.warn(
              "Proposal {} was sent as Upwork proposal {}, which another proposal of the agency"
                  + " holds; it is kept on the send attempt only",
              p.id(),
              upworkId);
        }
        ProposalState from =
            p.sent(SendVia.API, linked ? upworkId : null, clicker.id(), clicker.name(), now);
        attempt.sent(upworkId, now);
        timeline.step(
            p,
            "sent",
            from,
            clicker,
            Source.PERSON,
            linked
                ? null
                : "Upwork took it as proposal "
                    + upworkId
                    + ", but another proposal of the agency already holds that id; check both on"
                    + " Upwork.",
            now,
            Map.of(
                "via",
                "API",
                "upworkProposalId",
                upworkId,
                "upworkIdLinked",
                linked,
                "attemptId",
                attemptId.toString(),
                "connects",
                p.connects()));
        notices.sent(p, approvals.find(p.id()).orElse(null), clicker);
        proposals.flush();
        Detail detail = reader.detail(p, member);
        countSent(p);
        return new Finished(detail, null);
      }
      case FAILED -> {
        p.sendFailed(now);
        attempt.failed(SendAttemptRecord.Outcome.FAILED, outcome.problem(), outcome.message(), now);
        timeline.step(
            p,
            "send-failed",
            ProposalState.SENDING,
            clicker,
            Source.PERSON,
            outcome.message(),
            now,
            Map.of("attemptId", attemptId.toString(), "problem", outcome.problem().name()));
      }
      case UNKNOWN -> {
        p.sendUnknown(now);
        attempt.failed(
            SendAttemptRecord.Outcome.UNKNOWN, outcome.problem(), outcome.message(), now);
        timeline.step(
            p,
            "send-unknown",
            ProposalState.SENDING,
            clicker,
            Source.PERSON,
            outcome.message(),
            now,
            Map.of("attemptId", attemptId.toString()));
      }
      case IN_PROGRESS -> throw new IllegalStateException("an outcome is never in progress");
    }
    proposals.flush();
    return new Finished(null, problemOf(attempt, p.state(), outcome.retryAfter()));
  }

  /** The first result of a repeated key: waits a little while the first click is still sending. */
  private Detail replay(UUID id, UUID attemptId, CurrentMember member) {
    long deadline = System.nanoTime() + properties.repeatWait().toNanos();
    while (true) {
      Optional<Detail> answered =
          tx.execute(
              status -> {
                SendAttemptRecord attempt = attempts.findById(attemptId).orElseThrow();
                ProposalRecord p = access.readable(id, member);
                return switch (attempt.outcome()) {
                  case SENT -> Optional.of(reader.detail(p, member));
                  case FAILED, UNKNOWN -> throw problemOf(attempt, p.state(), null);
                  case IN_PROGRESS -> Optional.<Detail>empty();
                };
              });
      if (answered.isPresent()) {
        return answered.get();
      }
      if (System.nanoTime() > deadline) {
        throw ProblemException.retryLater(
                ProblemType.PROPOSAL_STATE,
                "This click is still being sent to Upwork; ask again in a moment.",
                Duration.ofSeconds(2))
            .with("state", ProposalState.SENDING.name())
            .with("action", ProposalAction.SEND.name());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the first send", e);
      }
    }
  }

  private static ProblemException problemOf(
      SendAttemptRecord attempt, ProposalState state, @Nullable Duration retryAfter) {
    ProblemType type = attempt.problem() == null ? ProblemType.SEND_FAILED : attempt.problem();
    ProblemException problem =
        retryAfter == null
            ? new ProblemException(type, attempt.error())
            : ProblemException.retryLater(type, attempt.error(), retryAfter);
    return problem.with("state", state.name()).with("proposalId", attempt.proposalId().toString());
  }

  /**
   * The member sent it on Upwork themselves (the manual way), or found on Upwork the proposal whose
   * sending ended without an answer.
   *
   * @throws ProblemException proposal-state (409); proposal-incomplete (422); validation (400) for
   *     an Upwork proposal id that is not one; conflict (409) when another proposal has that id
   */
  public Detail markSent(
      UUID id,
      long expectedVersion,
      @Nullable String upworkProposalId,
      @Nullable String note,
      CurrentMember member) {
    String upworkId =
        upworkProposalId == null || upworkProposalId.isBlank() ? null : upworkProposalId.strip();
    if (upworkId != null && !upworkId.matches("\\d{1,40}")) {
      throw ProposalProblems.invalid(
          "upworkProposalId", "Upwork's proposal id is a number (up to 40 digits).");
    }
    String text = ProposalWorkflow.note(note, false);
    return tx.execute(
        status -> {
          ProposalRecord p = access.authored(id, member, ProposalAction.MARK_SENT);
          ProposalDrafting.requireVersion(p, expectedVersion);
          p.require(ProposalAction.MARK_SENT);
          List<ProblemException.FieldProblem> missing = p.missing();
          if (!missing.isEmpty()) {
            throw ProposalProblems.incomplete(ProposalAction.MARK_SENT, p.state(), missing);
          }
          if (upworkId != null && proposals.existsByUpworkProposalIdAndIdNot(upworkId, p.id())) {
            throw ProblemException.fieldConflict(
                "upworkProposalId", "Another proposal of the agency has this Upwork id.");
          }
          Actor actor = access.actor(member);
          Instant now = now();
          boolean unknown = p.state() == ProposalState.SEND_UNKNOWN;
          Optional<SendAttemptRecord> lastClick =
              unknown
                  ? attempts.findFirstByProposalIdOrderByClickedAtDesc(p.id())
                  : Optional.empty();
          Actor sender =
              lastClick.map(a -> new Actor(a.clickedBy(), a.clickedByName())).orElse(actor);
          ProposalState from =
              p.sent(
                  unknown ? SendVia.API : SendVia.MANUAL,
                  upworkId,
                  sender.id(),
                  sender.name(),
                  now);
          lastClick.ifPresent(a -> a.sent(upworkId, now));
          timeline.step(
              p,
              "marked-sent",
              from,
              actor,
              Source.PERSON,
              text,
              now,
              upworkId == null ? Map.of() : Map.of("upworkProposalId", upworkId));
          notices.sent(p, approvals.find(p.id()).orElse(null), sender);
          drafting.flush(p);
          Detail detail = reader.detail(p, member);
          countSent(p);
          return detail;
        });
  }

  /** Someone checked Upwork after a lost answer and the proposal is not there: approved again. */
  public Detail markNotSent(
      UUID id, long expectedVersion, @Nullable String note, CurrentMember member) {
    String text = ProposalWorkflow.note(note, false);
    return tx.execute(
        status -> {
          ProposalRecord p = access.authored(id, member, ProposalAction.MARK_NOT_SENT);
          ProposalDrafting.requireVersion(p, expectedVersion);
          Instant now = now();
          ProposalState from = p.notSent(now);
          attempts
              .findFirstByProposalIdOrderByClickedAtDesc(p.id())
              .filter(a -> a.outcome() == SendAttemptRecord.Outcome.UNKNOWN)
              .ifPresent(
                  a ->
                      a.failed(
                          SendAttemptRecord.Outcome.FAILED,
                          ProblemType.SEND_FAILED,
                          "Not found on Upwork (checked by " + access.actor(member).name() + ").",
                          now));
          timeline.step(p, "marked-not-sent", from, access.actor(member), Source.PERSON, text, now);
          drafting.flush(p);
          return reader.detail(p, member);
        });
  }

  private void countSent(ProposalRecord p) {
    if (p.templateVersionId() != null) {
      usage.recordSent(p.templateVersionId(), p.id());
    }
  }

  private static @Nullable String key(@Nullable String key) {
    if (key == null) {
      return null;
    }
    if (key.isBlank() || key.length() > MAX_KEY) {
      throw new ProblemException(
          ProblemType.IDEMPOTENCY_KEY_INVALID,
          "Idempotency-Key must be 1 to " + MAX_KEY + " characters (a UUID, for example).");
    }
    return key.strip();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
