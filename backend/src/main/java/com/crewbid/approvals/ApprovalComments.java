package com.crewbid.approvals;

import com.crewbid.approvals.internal.ApprovalCommentRecord;
import com.crewbid.approvals.internal.ApprovalCommentRecords;
import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment thread of each subject: plain comments, and the comments approvers give with their
 * decisions. Texts are kept exactly as written (plain text; show them as text). Whether someone may
 * see the subject at all is for the caller to check; viewers may read but not write.
 */
@Service
public class ApprovalComments {

  public static final int MAX_LENGTH = 5000;

  private final ApprovalCommentRecords comments;
  private final AgencyMembers members;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ApprovalComments(
      ApprovalCommentRecords comments,
      AgencyMembers members,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.comments = comments;
    this.members = members;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * @throws ProblemException validation (400, field {@code text}) for an empty or too long text;
   *     forbidden (403) for viewers and non-members
   */
  @Transactional
  public ThreadEntry comment(UUID subjectId, CurrentMember author, String text) {
    String body = requireText(text, "text", "Write a comment.");
    AgencyMembers.Member member =
        members
            .find(TenantContext.require("ApprovalComments").id(), author.userId())
            .filter(m -> m.role().atLeast(AgencyRole.FREELANCER))
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.FORBIDDEN, "Viewers can read the thread but not comment."));
    ThreadEntry entry =
        comments
            .save(
                new ApprovalCommentRecord(
                    subjectId, member.userId(), member.name(), body, null, null, now()))
            .toView();
    audit.record(
        "approval.commented",
        subjectId.toString(),
        AuditOutcome.SUCCESS,
        Map.of("subjectId", subjectId, "length", body.length()));
    events.publishEvent(
        new ApprovalCommented(
            TenantContext.require("ApprovalComments").id(),
            subjectId,
            entry.id(),
            member.userId()));
    return entry;
  }

  /** The thread, oldest first. */
  @Transactional(readOnly = true)
  public List<ThreadEntry> thread(UUID subjectId) {
    return comments.findBySubjectIdOrderByCreatedAtAscIdAsc(subjectId).stream()
        .map(ApprovalCommentRecord::toView)
        .toList();
  }

  /** Puts a decision's comment in the thread (audited with the decision). */
  void addDecision(
      UUID subjectId,
      UserId approver,
      String approverName,
      String text,
      Decision decision,
      int round,
      Instant at) {
    comments.save(
        new ApprovalCommentRecord(subjectId, approver, approverName, text, decision, round, at));
  }

  /** The text stripped of surrounding blanks, or a validation problem naming {@code field}. */
  static String requireText(String text, String field, String whenEmpty) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw invalid(field, whenEmpty);
    }
    if (body.length() > MAX_LENGTH) {
      throw invalid(field, "At most " + MAX_LENGTH + " characters.");
    }
    return body;
  }

  private static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION,
        message,
        List.of(new ProblemException.FieldProblem(field, message)));
  }

  /** Now, as precisely as the database keeps it, so views before and after a reload agree. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
