package com.crewbid.proposals.internal;

import com.crewbid.approvals.ApprovalRequest;
import com.crewbid.approvals.ApprovalRequests;
import com.crewbid.approvals.ApprovalState;
import com.crewbid.approvals.ProposalFacts;
import com.crewbid.approvals.Reassessment;
import com.crewbid.approvals.Reevaluation;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.UserAccounts;
import com.crewbid.jobs.JobDetail;
import com.crewbid.jobs.JobDetails;
import com.crewbid.jobs.JobType;
import com.crewbid.proposals.ProposalState;
import com.crewbid.proposals.ProposalTemplates;
import com.crewbid.proposals.RenderedTemplate;
import com.crewbid.proposals.ScreeningAnswer;
import com.crewbid.proposals.ScreeningAnswerMatching;
import com.crewbid.proposals.TemplateContext;
import com.crewbid.proposals.TemplateRendering;
import com.crewbid.proposals.TemplateUsage;
import com.crewbid.proposals.TemplateVersion;
import com.crewbid.proposals.internal.ProposalHistoryRecord.Source;
import com.crewbid.proposals.internal.ProposalViews.Detail;
import com.crewbid.proposals.templates.PreviewProfiles;
import com.crewbid.shared.Money;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.upwork.UpworkProfile;
import com.crewbid.upwork.UpworkProfiles;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts: made for a job (from the cache, or fetched from Upwork for the member), perhaps from a
 * template rendered with the job and the member's imported profile, then edited (autosave: each
 * write names the version it was made on) and discarded or submitted. An edit of a proposal that
 * waits for approval starts a new round only when someone decided on the old text in this round, or
 * the bid or Connects changed and the policy now names another rule or other approvers; an edit of
 * an approved one is reassessed by the policy.
 */
@Service
public class ProposalDrafting {

  private final JobDetails jobs;
  private final ProposalTemplates templates;
  private final TemplateRendering rendering;
  private final TemplateUsage usage;
  private final UpworkProfiles profiles;
  private final UserAccounts accounts;
  private final ProposalRecords proposals;
  private final ProposalAccess access;
  private final ProposalReader reader;
  private final ProposalTimeline timeline;
  private final ProposalHistoryRecords history;
  private final ProposalNotices notices;
  private final PolicyFacts facts;
  private final ApprovalRequests approvals;
  private final ProposalChangeSignals signals;
  private final TransactionTemplate tx;
  private final Clock clock;

  ProposalDrafting(
      JobDetails jobs,
      ProposalTemplates templates,
      TemplateRendering rendering,
      TemplateUsage usage,
      UpworkProfiles profiles,
      UserAccounts accounts,
      ProposalRecords proposals,
      ProposalAccess access,
      ProposalReader reader,
      ProposalTimeline timeline,
      ProposalHistoryRecords history,
      ProposalNotices notices,
      PolicyFacts facts,
      ApprovalRequests approvals,
      ProposalChangeSignals signals,
      TransactionTemplate tx,
      Clock clock) {
    this.jobs = jobs;
    this.templates = templates;
    this.rendering = rendering;
    this.usage = usage;
    this.profiles = profiles;
    this.accounts = accounts;
    this.proposals = proposals;
    this.access = access;
    this.reader = reader;
    this.timeline = timeline;
    this.history = history;
    this.notices = notices;
    this.facts = facts;
    this.approvals = approvals;
    this.signals = signals;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * What to draft: the job, and optionally a template (its current version) or an exact version.
   */
  public record NewDraft(
      String jobId, @Nullable UUID templateId, @Nullable UUID templateVersionId) {}

  /**
   * A new draft of the current member for a job.
   *
   * @throws ProblemException not-found for an unknown job or template; proposal-exists (409) when
   *     the member has an active proposal for the job; rule-refused (422) for an archived template;
   *     upwork-not-linked / upwork-relink-required (409) when the job must be fetched and the
   *     member's link does not work; upwork-unavailable (503) when its screening questions could
   *     not be fetched
   */
  public Detail create(NewDraft request, CurrentMember member) {
    // Everything that may ask Upwork happens before the transaction (no connection waits on it).
    JobDetail job = jobs.detail(request.jobId());
    if (job.screeningQuestions() == null) {
      throw new ProblemException(
          ProblemType.UPWORK_UNAVAILABLE,
          "Upwork did not tell the job's screening questions just now; try again in a moment.");
    }
    JobSnapshot snapshot = JobSnapshot.of(job);
    return tx.execute(status -> createDraft(snapshot, request, member));
  }

  private Detail createDraft(JobSnapshot job, NewDraft request, CurrentMember member) {
    proposals
        .findFirstByAuthorIdAndUpworkJobIdAndStateNotIn(
            member.userId().value(), job.id(), ProposalState.INACTIVE)
        .ifPresent(
            existing -> {
              throw exists(existing);
            });
    Optional<TemplateVersion> version = templateVersion(request);
    Optional<UpworkProfile> profile = profiles.of(member.userId());
    Actor author = access.actor(member);
    String coverLetter = "";
    List<Answer> answers = new ArrayList<>();
    ProposalRecord.TemplateUse used = null;
    List<String> questions = job.screeningQuestions();
    if (version.isPresent()) {
      TemplateVersion v = version.get();
      RenderedTemplate rendered = rendering.render(v.id(), context(job, profile, author));
      coverLetter = rendered.text();
      Map<String, String> renderedAnswers =
          rendered.screeningAnswers().stream()
              .collect(
                  Collectors.toMap(
                      ScreeningAnswer::questionPattern, ScreeningAnswer::answer, (a, b) -> a));
      List<ScreeningAnswerMatching.Suggestion> suggestions =
          templates.suggestAnswers(v.id(), questions);
      for (int i = 0; i < questions.size(); i++) {
        Optional<String> suggested =
            suggestions
                .get(i)
                .match()
                .map(
                    m ->
                        renderedAnswers.getOrDefault(
                            m.answer().questionPattern(), m.answer().answer()));
        answers.add(
            new Answer(i + 1, questions.get(i), suggested.orElse(""), suggested.isPresent()));
      }
      used =
          new ProposalRecord.TemplateUse(
              v.templateId(), v.id(), v.templateName(), v.number(), rendered.missing());
    } else {
      for (int i = 0; i < questions.size(); i++) {
        answers.add(new Answer(i + 1, questions.get(i), "", false));
      }
    }
    Instant now = now();
    ConnectsEstimate estimate =
        ConnectsEstimate.of(
            job.type(), job.currency(), job.budget(), job.hourlyMin(), job.hourlyMax());
    ProposalRecord draft =
        ProposalRecord.draft(
            member.userId(),
            author.name(),
            job,
            used,
            coverLetter,
            answers,
            defaultBid(job, profile),
            estimate.connects(),
            now);
    try {
      proposals.saveAndFlush(draft);
    } catch (DataIntegrityViolationException raced) {
      // Another draft of this member for this job was stored at the same moment.
      throw proposals
          .findFirstByAuthorIdAndUpworkJobIdAndStateNotIn(
              member.userId().value(), job.id(), ProposalState.INACTIVE)
          .map(ProposalDrafting::exists)
          .orElseThrow(() -> raced);
    }
    timeline.step(
        draft,
        "created",
        null,
        author,
        Source.PERSON,
        null,
        now,
        used == null ? Map.of() : Map.of("templateVersionId", used.versionId().toString()));
    if (used != null) {
      // Last: counting clears the persistence context (the draft is stored already).
      usage.recordUsed(used.versionId(), draft.id());
    }
    return reader.detail(draft, member);
  }

  /**
   * Replaces the content of the member's proposal (the version they edited must be current).
   *
   * @throws ProblemException stale-version (412); proposal-state (409) when no longer editable;
   *     validation (400); proposal-incomplete (422) when a proposal that waits for approval or was
   *     approved would lose something it needs (it stays complete); no-eligible-approvers (422)
   */
  public Detail edit(
      UUID id, long expectedVersion, ProposalRecord.Content content, CurrentMember member) {
    return tx.execute(
        status -> {
          ProposalRecord p = access.authored(id, member, ProposalAction.EDIT);
          requireVersion(p, expectedVersion);
          ProposalState state = p.state();
          Instant now = now();
          Set<String> changed = p.edit(content, now);
          if (changed.isEmpty()) {
            return reader.detail(p, member);
          }
          if (state == ProposalState.PENDING_APPROVAL || state == ProposalState.APPROVED) {
            List<ProblemException.FieldProblem> missing = p.missing();
            if (!missing.isEmpty()) {
              throw ProposalProblems.incomplete(ProposalAction.EDIT, state, missing);
            }
          }
          Actor author = access.actor(member);
          if (state == ProposalState.PENDING_APPROVAL) {
            editedWhilePending(p, changed, author, now);
          } else if (state == ProposalState.APPROVED) {
            editedAfterApproval(p, changed, author, now);
          }
          flush(p);
          return reader.detail(p, member);
        });
  }

  /**
   * Waiting approvers see the new text. When someone decided on the old text in this round, the
   * round starts again. When the edit changed a fact the policy reads (bid, Connects) and nobody
   * decided yet, the policy is evaluated again: the same rule with the same approvers keeps the
   * round (its facts refreshed, nobody asked again), another rule or other approvers start a new
   * round.
   */
  private void editedWhilePending(
      ProposalRecord p, Set<String> changed, Actor author, Instant now) {
    ApprovalRequest request =
        approvals
            .find(p.id())
            .orElseThrow(() -> new IllegalStateException("pending without request"));
    ProposalFacts edited = facts.of(p);
    boolean decided = !request.currentDecisions().isEmpty();
    boolean factsMoved =
        !request.facts().bid().equals(edited.bid())
            || request.facts().connects() != edited.connects();
    if (decided || factsMoved) {
      signals.beforeChange(p); // a new round may name other approvers
    }
    if (decided) {
      ApprovalRequest round = approvals.resubmit(p.id(), edited);
      followNewRound(
          p,
          round,
          "resubmitted",
          "Edited after a decision in this round; the round starts again.",
          author,
          now);
    } else if (factsMoved) {
      Reevaluation again = approvals.reevaluate(p.id(), edited);
      if (again.newRound()) {
        followNewRound(
            p,
            again.request(),
            "resubmitted",
            "The edit changed " + String.join(", ", changed) + ". " + again.reason(),
            author,
            now);
      }
    }
  }

  /**
   * Approved and edited: back to approval when the policy says so; else the approval stands, and
   * the first such edit since the approval is written down and told to those who approved it
   * (autosave edits that follow it add nothing more).
   */
  private void editedAfterApproval(
      ProposalRecord p, Set<String> changed, Actor author, Instant now) {
    signals.beforeChange(p); // a new round may name other approvers
    Reassessment reassessment = approvals.reassess(p.id(), facts.of(p), changed);
    if (reassessment.backToPending()) {
      followNewRound(p, reassessment.request(), "reopened", reassessment.reason(), author, now);
    } else if (!lastStepIs(p, "edited-after-approval")) {
      timeline.approvalStep(
          p, "edited-after-approval", p.state(), author, Source.PERSON, reassessment.reason(), now);
      notices.editedAfterApproval(p, reassessment.request(), author.id());
    }
  }

  private boolean lastStepIs(ProposalRecord p, String action) {
    return history
        .findFirstByProposalIdOrderBySeqDesc(p.id())
        .map(step -> step.action().equals(action))
        .orElse(false);
  }

  /**
   * The proposal follows a new approval round: pending again (approvers told), or auto-approved.
   */
  private void followNewRound(
      ProposalRecord p,
      ApprovalRequest round,
      String action,
      String why,
      Actor author,
      Instant now) {
    if (round.state() == ApprovalState.APPROVED) {
      ProposalState from = p.follow(ProposalState.APPROVED, now);
      timeline.approvalStep(p, "auto-approved", from, author, Source.APPROVAL, round.reason(), now);
      return;
    }
    ProposalState from = p.follow(ProposalState.PENDING_APPROVAL, now);
    timeline.approvalStep(p, action, from, author, Source.APPROVAL, why, now);
    notices.awaitingApproval(p, round, author.id());
  }

  /**
   * Deletes a draft that was never submitted.
   *
   * @throws ProblemException proposal-state (409) once submitted; stale-version (412)
   */
  public void discard(UUID id, long expectedVersion, CurrentMember member) {
    tx.executeWithoutResult(
        status -> {
          ProposalRecord p = access.authored(id, member, ProposalAction.DISCARD);
          requireVersion(p, expectedVersion);
          p.require(ProposalAction.DISCARD);
          timeline.step(
              p, "discarded", p.state(), access.actor(member), Source.PERSON, null, now());
          proposals.delete(p);
          proposals.flush();
        });
  }

  private Optional<TemplateVersion> templateVersion(NewDraft request) {
    if (request.templateVersionId() != null) {
      TemplateVersion version =
          templates
              .version(request.templateVersionId())
              .orElseThrow(() -> ProblemException.notFound("The template version"));
      if (request.templateId() != null && !request.templateId().equals(version.templateId())) {
        throw new ProblemException(
            ProblemType.RULE_REFUSED, "That version belongs to another template.");
      }
      if (version.templateArchived()) {
        throw archived(version);
      }
      return Optional.of(version);
    }
    if (request.templateId() == null) {
      return Optional.empty();
    }
    TemplateVersion current =
        templates
            .currentVersion(request.templateId())
            .orElseThrow(() -> ProblemException.notFound("The template"));
    if (current.templateArchived()) {
      throw archived(current);
    }
    return Optional.of(current);
  }

  /**
   * The values a template is rendered with: the job's title and client; the member's skills that
   * the job asks for (else the job's skills, else the member's); the member's name and portfolio
   * from their imported profile (the name they go by in Crewbid when there is none).
   */
  private TemplateContext context(JobSnapshot job, Optional<UpworkProfile> profile, Actor author) {
    PreviewProfiles.Profile p = profile.map(ProfilePreviews::profile).orElse(null);
    List<String> mine = p == null ? List.of() : p.skills();
    Set<String> mineLower =
        mine.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<String> shared =
        job.skills().stream().filter(s -> mineLower.contains(s.toLowerCase(Locale.ROOT))).toList();
    List<String> skills =
        !shared.isEmpty() ? shared : !job.skills().isEmpty() ? job.skills() : mine;
    String name =
        p != null && p.name() != null && !p.name().isBlank()
            ? p.name()
            : accounts.displayNameOf(author.id()).orElse(author.name());
    return new TemplateContext(
        job.title(), job.clientName(), skills, name, p == null ? null : p.portfolio(), Map.of());
  }

  /**
   * A first bid to edit: the fixed budget, or for hourly work the member's profile rate (in the
   * job's currency), else the top of the job's range.
   */
  private static @Nullable Bid defaultBid(JobSnapshot job, Optional<UpworkProfile> profile) {
    BigDecimal amount;
    if (job.type() == JobType.FIXED) {
      amount = job.budget();
    } else {
      amount =
          profile
              .map(UpworkProfile::hourlyRate)
              .filter(r -> r.currency().equals(job.currency()) && r.amount().signum() > 0)
              .map(UpworkProfile.HourlyRate::amount)
              .orElse(job.hourlyMax() != null ? job.hourlyMax() : job.hourlyMin());
    }
    return amount == null || amount.signum() <= 0
        ? null
        : new Bid(job.type(), Money.of(amount, job.currency()), List.of());
  }

  static void requireVersion(ProposalRecord p, long expected) {
    if (p.version() != expected) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "This proposal changed since you opened it (version "
              + p.version()
              + " now). Reload it; your text is still in the editor.");
    }
  }

  /** Writes the changes now, so that a racing change fails here as a stale version. */
  void flush(ProposalRecord p) {
    try {
      proposals.flush();
    } catch (OptimisticLockingFailureException raced) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "Someone changed this proposal at the same moment. Reload it and try again.");
    }
  }

  private static ProblemException exists(ProposalRecord existing) {
    return new ProblemException(
            ProblemType.PROPOSAL_EXISTS,
            "You have a proposal for this job already ("
                + ProposalProblems.words(existing.state())
                + "). Open it instead.")
        .with("existingProposalId", existing.id().toString())
        .with("state", existing.state().name());
  }

  private static ProblemException archived(TemplateVersion version) {
    return new ProblemException(
        ProblemType.RULE_REFUSED,
        "Template “" + version.templateName() + "” is archived; choose another one.");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
