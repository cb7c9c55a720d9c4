package com.crewbid.approvals;

import com.crewbid.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a subject's comment thread: a comment, or a decision that came with one. The text is
 * plain text exactly as written; show it as text, never as HTML.
 *
 * @param decision the decision this comment came with; null for a plain comment
 * @param round the approval round of that decision; null for a plain comment
 */
public record ThreadEntry(
    UUID id,
    UUID subjectId,
    UserId author,
    String authorName,
    String text,
    Decision decision,
    Integer round,
    Instant createdAt) {}
