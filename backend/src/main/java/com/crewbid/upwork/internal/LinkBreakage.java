package com.crewbid.upwork.internal;

import com.crewbid.tenancy.TenantScope;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.client.UpworkGrantLosses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When Upwork says a member's authorization is gone (for example {@code invalid_grant} on refresh),
 * the member's link is marked as needing a re-link, in a transaction of its own.
 */
@Component
class LinkBreakage implements UpworkGrantLosses {

  private static final Logger log = LoggerFactory.getLogger(LinkBreakage.class);

  private final Links links;
  private final TenantScope tenantScope;

  LinkBreakage(Links links, TenantScope tenantScope) {
    this.links = links;
    this.tenantScope = tenantScope;
  }

  @Override
  public void grantLost(UpworkCaller caller, String reason) {
    tenantScope.runAs(
        caller.tenant(),
        () ->
            links
                .broke(caller.member(), reason)
                .ifPresent(
                    link ->
                        log.info(
                            "Upwork link of member {} needs a re-link: {}",
                            caller.member(),
                            reason)));
  }
}
