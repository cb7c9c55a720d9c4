package com.crewbid.approvals;

/**
 * The answer to "does this edit of a pending subject need a new round?" ({@link
 * ApprovalRequests#reevaluate}).
 *
 * @param newRound true when a new round was opened (its approvers are to be asked), false when the
 *     round stays with the edited facts
 * @param reason why, as recorded in the audit log
 * @param request the request after the evaluation
 */
public record Reevaluation(boolean newRound, String reason, ApprovalRequest request) {}
