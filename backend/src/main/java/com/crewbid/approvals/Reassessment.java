package com.crewbid.approvals;

/**
 * The answer to "does this edit of an approved subject need approval again?".
 *
 * @param backToPending true when a new round was opened and the subject waits for approval again
 * @param reason why, as recorded in the audit log
 * @param request the request after the reassessment
 */
public record Reassessment(boolean backToPending, String reason, ApprovalRequest request) {}
