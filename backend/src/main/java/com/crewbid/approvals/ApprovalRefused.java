package com.crewbid.approvals;

import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;

/**
 * A decision refused because of who asked: not an approver of it, or its own author (403). The
 * refusal is written to the audit log in the caller's transaction, and this exception does not roll
 * that transaction back; a caller with a transaction of its own keeps the entry by not rolling back
 * for it either ({@code noRollbackFor = ApprovalRefused.class}).
 */
public class ApprovalRefused extends ProblemException {

  ApprovalRefused(ProblemType type, String detail) {
    super(type, detail);
  }
}
