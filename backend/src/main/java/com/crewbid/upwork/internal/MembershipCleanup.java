package com.crewbid.upwork.internal;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.MembershipEnded;
import com.crewbid.tenancy.TenantScope;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member who left the agency (or was removed, or deleted their account) takes their link along:
 * the link row, the imported profile and the tokens go, in the removal's transaction when there is
 * one.
 */
@Component
class MembershipCleanup {

  private final Links links;
  private final TenantScope tenantScope;
  private final AuditLog audit;

  MembershipCleanup(Links links, TenantScope tenantScope, AuditLog audit) {
    this.links = links;
    this.tenantScope = tenantScope;
    this.audit = audit;
  }

  @EventListener
  void on(MembershipEnded ended) {
    tenantScope.runAs(
        ended.tenant(),
        () -> {
          if (links.forget(ended.user())) {
            audit.record(
                "upwork.link-removed",
                ended.user().toString(),
                AuditOutcome.SUCCESS,
                Map.of("reason", "membership-ended"));
          }
        });
  }
}
