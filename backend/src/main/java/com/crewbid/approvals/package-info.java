/**
 * Approvals: each agency's ordered approval policy, and the approval requests, decisions and
 * comment threads of the things its members submit (proposals). Proposals call {@link
 * com.crewbid.approvals.ApprovalRequests} and hear {@link com.crewbid.approvals.ApprovalRequested}
 * and {@link com.crewbid.approvals.ApprovalDecided}.
 *
 * <p>Depends on: shared, tenancy, identity.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity"})
package com.crewbid.approvals;

import org.springframework.modulith.ApplicationModule;
