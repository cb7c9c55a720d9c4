package com.crewbid.proposals.web;

import com.crewbid.approvals.Decision;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.proposals.ProposalState;
import com.crewbid.proposals.internal.OutcomeSync;
import com.crewbid.proposals.internal.ProposalDrafting;
import com.crewbid.proposals.internal.ProposalReader;
import com.crewbid.proposals.internal.ProposalSending;
import com.crewbid.proposals.internal.ProposalViews;
import com.crewbid.proposals.internal.ProposalViews.Detail;
import com.crewbid.proposals.internal.ProposalViews.Summary;
import com.crewbid.proposals.internal.ProposalWorkflow;
import com.crewbid.proposals.web.ProposalRequests.CommentRequest;
import com.crewbid.proposals.web.ProposalRequests.Comments;
import com.crewbid.proposals.web.ProposalRequests.CreateRequest;
import com.crewbid.proposals.web.ProposalRequests.DecisionRequest;
import com.crewbid.proposals.web.ProposalRequests.EditRequest;
import com.crewbid.proposals.web.ProposalRequests.MarkSentRequest;
import com.crewbid.proposals.web.ProposalRequests.NoteRequest;
import com.crewbid.proposals.web.ProposalRequests.OutcomeRequest;
import com.crewbid.shared.web.IfMatch;
import com.crewbid.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposals")
@Tag(
    name = "Proposals",
    description =
        "Drafts for jobs, the approval workflow, sending to Upwork on a named person's click, and"
            + " outcomes; every write answers with the proposal and its new ETag")
class ProposalsController {

  private static final String IF_MATCH =
      " Requires If-Match with the ETag last read: 428 without it, 412 when stale (nothing"
          + " changes).";

  private final ProposalReader reader;
  private final ProposalDrafting drafting;
  private final ProposalWorkflow workflow;
  private final ProposalSending sending;
  private final OutcomeSync outcomes;

  ProposalsController(
      ProposalReader reader,
      ProposalDrafting drafting,
      ProposalWorkflow workflow,
      ProposalSending sending,
      OutcomeSync outcomes) {
    this.reader = reader;
    this.drafting = drafting;
    this.workflow = workflow;
    this.sending = sending;
    this.outcomes = outcomes;
  }

  @GetMapping
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "List proposals (any member; a freelancer sees their own)",
      description =
          "Owners, managers and viewers list the agency's proposals, a freelancer only theirs."
              + " Filters: state (repeatable), jobId, authorId, mine=true, q (words of the job"
              + " title). Sort by updatedAt (default, newest first), createdAt, sentAt, jobTitle or"
              + " state.")
  PageResponse<Summary> list(
      @RequestParam(required = false) List<ProposalState> state,
      @RequestParam(required = false) String jobId,
      @RequestParam(required = false) UUID authorId,
      @RequestParam(required = false, defaultValue = "false") boolean mine,
      @RequestParam(required = false) String q,
      @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
    return PageResponse.of(
        reader.list(
            new ProposalReader.Filter(state, jobId, authorId, mine, q),
            pageable,
            CurrentMember.require()),
        s -> s);
  }

  @PostMapping
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Draft a proposal for a job (FREELANCER and above, as themselves)",
      description =
          "The job comes from the cache or is fetched from Upwork for the member. With templateId"
              + " (its current version) or templateVersionId the cover letter is rendered with the"
              + " job and the member's imported profile and screening answers are pre-filled."
              + " 409 proposal-exists (existingProposalId) when the member has an active proposal"
              + " for the job; 422 rule-refused for an archived template; 404 for an unknown job"
              + " or template. The answer lists colleagues bidding on the job (collisions).")
  ResponseEntity<Detail> create(@Valid @RequestBody CreateRequest request) {
    Detail created =
        drafting.create(
            new ProposalDrafting.NewDraft(
                request.jobId().strip(), request.templateId(), request.templateVersionId()),
            CurrentMember.require());
    return ResponseEntity.created(URI.create("/api/proposals/" + created.id()))
        .eTag(String.valueOf(created.version()))
        .body(created);
  }

  @GetMapping("/collisions")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Who of the agency bids on a job already (FREELANCER and above)",
      description =
          "The member's own active proposal for the job, and colleagues' (names, states and"
              + " dates; the proposal id only for those who may open it).")
  ProposalViews.Collisions collisions(@RequestParam String jobId) {
    return reader.collisions(jobId.strip(), CurrentMember.require());
  }

  @GetMapping("/approval-queue")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Proposals waiting for the member's decision (FREELANCER and above)",
      description =
          "Those the member may decide on now under the policy (never their own), oldest first.")
  PageResponse<Summary> queue(@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
    return PageResponse.of(reader.queue(CurrentMember.require(), pageable), s -> s);
  }

  @GetMapping("/{proposalId}")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "A proposal with its approval, sending, outcome and timeline; ETag = its version",
      description =
          "Its author, owners, managers and viewers read it, and freelancers who are approvers of"
              + " it; everyone else gets 404.")
  ResponseEntity<Detail> get(@PathVariable UUID proposalId) {
    return withETag(reader.detail(proposalId, CurrentMember.require()));
  }

  @PutMapping("/{proposalId}")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Edit the content (its author; autosave)",
      description =
          "The whole editable content each time. While pending, a decision already given or a"
              + " changed bid or Connects starts a new approval round; an approved proposal is"
              + " reassessed and may go back to pending. 400 validation (e.g. milestones that do"
              + " not add up), 409 proposal-state when no longer editable, 422"
              + " proposal-incomplete when a submitted proposal would lose what it needs."
              + IF_MATCH)
  ResponseEntity<Detail> edit(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody EditRequest request) {
    long version = IfMatch.expectedVersion(ifMatch);
    return withETag(
        drafting.edit(proposalId, version, request.toContent(), CurrentMember.require()));
  }

  @DeleteMapping("/{proposalId}")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Discard a draft (its author)",
      description = "Only a draft that was never submitted (409 proposal-state)." + IF_MATCH)
  ResponseEntity<Void> discard(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    drafting.discard(proposalId, IfMatch.expectedVersion(ifMatch), CurrentMember.require());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{proposalId}/submit-for-approval")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Submit for approval (its author)",
      description =
          "From DRAFT or CHANGES_REQUESTED. Pending, or approved at once when no rule of the"
              + " policy applies. 422 proposal-incomplete names what is missing; 422"
              + " no-eligible-approvers when nobody but the author could approve."
              + IF_MATCH)
  ResponseEntity<Detail> submit(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return withETag(
        workflow.submit(proposalId, IfMatch.expectedVersion(ifMatch), CurrentMember.require()));
  }

  @PostMapping("/{proposalId}/approve")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Approve (an approver the policy names; never the author)",
      description =
          "403 not-an-approver / self-approval (audited), 409 already-decided." + IF_MATCH)
  ResponseEntity<Detail> approve(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) DecisionRequest request) {
    return decide(proposalId, ifMatch, Decision.APPROVE, request);
  }

  @PostMapping("/{proposalId}/reject")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Reject, with a comment (an approver the policy names)",
      description = "400 validation (field comment) without one; final." + IF_MATCH)
  ResponseEntity<Detail> reject(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) DecisionRequest request) {
    return decide(proposalId, ifMatch, Decision.REJECT, request);
  }

  @PostMapping("/{proposalId}/request-changes")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Ask the author for changes, with a comment (an approver the policy names)",
      description = "400 validation (field comment) without one." + IF_MATCH)
  ResponseEntity<Detail> requestChanges(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) DecisionRequest request) {
    return decide(proposalId, ifMatch, Decision.REQUEST_CHANGES, request);
  }

  private ResponseEntity<Detail> decide(
      UUID proposalId, String ifMatch, Decision decision, DecisionRequest request) {
    long version = IfMatch.expectedVersion(ifMatch);
    return withETag(
        workflow.decide(
            proposalId,
            version,
            decision,
            request == null ? null : request.comment(),
            CurrentMember.require()));
  }

  @PostMapping("/{proposalId}/withdraw")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Withdraw before sending (its author, an owner or a manager)",
      description = "From DRAFT, PENDING_APPROVAL, CHANGES_REQUESTED or APPROVED." + IF_MATCH)
  ResponseEntity<Detail> withdraw(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) NoteRequest request) {
    long version = IfMatch.expectedVersion(ifMatch);
    return withETag(
        workflow.withdraw(
            proposalId, version, request == null ? null : request.note(), CurrentMember.require()));
  }

  @PostMapping("/{proposalId}/send")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Send through Upwork's API, as its author (their click)",
      description =
          "From APPROVED. Calls Upwork once, never retried. Send an Idempotency-Key: a repeat"
              + " returns the first result. Failures leave it APPROVED with the error recorded:"
              + " 422 submission-not-permitted (use mark-sent), 502 send-failed, 429"
              + " upwork-throttled, 503 upwork-unavailable; a lost answer leaves it SEND_UNKNOWN"
              + " (502 send-outcome-unknown: check on Upwork). 409 proposal-state while another"
              + " click sends it."
              + IF_MATCH)
  ResponseEntity<Detail> send(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    long version = IfMatch.expectedVersion(ifMatch);
    return withETag(sending.send(proposalId, version, idempotencyKey, CurrentMember.require()));
  }

  @PostMapping("/{proposalId}/mark-sent")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Mark as sent on Upwork by hand (its author)",
      description =
          "From APPROVED (the manual way) or SEND_UNKNOWN (found on Upwork); optionally with"
              + " Upwork's proposal id."
              + IF_MATCH)
  ResponseEntity<Detail> markSent(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) MarkSentRequest request) {
    long version = IfMatch.expectedVersion(ifMatch);
    return withETag(
        sending.markSent(
            proposalId,
            version,
            request == null ? null : request.upworkProposalId(),
            request == null ? null : request.note(),
            CurrentMember.require()));
  }

  @PostMapping("/{proposalId}/mark-not-sent")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Confirm that an unanswered send did not reach Upwork (its author)",
      description = "From SEND_UNKNOWN back to APPROVED; it may be sent again." + IF_MATCH)
  ResponseEntity<Detail> markNotSent(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) NoteRequest request) {
    long version = IfMatch.expectedVersion(ifMatch);
    return withETag(
        sending.markNotSent(
            proposalId, version, request == null ? null : request.note(), CurrentMember.require()));
  }

  @PostMapping("/{proposalId}/check-upwork")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Look the proposal up on Upwork now (its author, an owner or a manager)",
      description =
          "SEND_UNKNOWN: found → SENT. Sent ones: the outcome is read now. As the author's Upwork"
              + " link.")
  ResponseEntity<Detail> checkUpwork(@PathVariable UUID proposalId) {
    return withETag(outcomes.check(proposalId, CurrentMember.require()));
  }

  @PostMapping("/{proposalId}/outcome")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Correct the outcome of a sent proposal, with a note (its author, owner, manager)",
      description =
          "To SENT, VIEWED, REPLIED, INTERVIEW, HIRED, DECLINED or WITHDRAWN; audited with the"
              + " note. The sync never overrides a final outcome."
              + IF_MATCH)
  ResponseEntity<Detail> correctOutcome(
      @PathVariable UUID proposalId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody OutcomeRequest request) {
    long version = IfMatch.expectedVersion(ifMatch);
    return withETag(
        workflow.correctOutcome(
            proposalId, version, request.outcome(), request.note(), CurrentMember.require()));
  }

  @GetMapping("/{proposalId}/comments")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(summary = "The proposal's comment thread, oldest first (who may read it)")
  Comments comments(@PathVariable UUID proposalId) {
    return new Comments(reader.comments(proposalId, CurrentMember.require()));
  }

  @PostMapping("/{proposalId}/comments")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Comment on a proposal (FREELANCER and above who may read it)",
      description = "1 to 5000 characters of plain text.")
  ResponseEntity<ProposalViews.Comment> comment(
      @PathVariable UUID proposalId, @Valid @RequestBody CommentRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(workflow.comment(proposalId, request.text(), CurrentMember.require()));
  }

  private static ResponseEntity<Detail> withETag(Detail detail) {
    return ResponseEntity.ok().eTag(String.valueOf(detail.version())).body(detail);
  }
}
