package com.crewbid.upwork.internal;

import com.crewbid.identity.MemberNotices;
import com.crewbid.identity.UserAccounts;
import com.crewbid.notifications.Notice;
import com.crewbid.notifications.NotificationTopic;
import com.crewbid.notifications.Notifications;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.tenancy.TenantSummary;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.UpworkLinkBroken;
import com.crewbid.upwork.client.UpworkGrantLosses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When Upwork says a member's authorization is gone (for example {@code invalid_grant} on refresh),
 * the member's link is marked as needing a re-link, in a transaction of its own. The first time it
 * breaks, the member is e-mailed, the agency's owners get a security alert (and its e-mail), and
 * {@link UpworkLinkBroken} is published.
 */
@Component
class LinkBreakage implements UpworkGrantLosses {

  private static final Logger log = LoggerFactory.getLogger(LinkBreakage.class);

  private final Links links;
  private final TenantScope tenantScope;
  private final MemberNotices notices;
  private final UserAccounts accounts;
  private final TenantCatalog catalog;
  private final ApplicationEventPublisher events;
  private final Notifications notifications;
  private final TransactionTemplate ownTransaction;

  LinkBreakage(
      Links links,
      TenantScope tenantScope,
      MemberNotices notices,
      UserAccounts accounts,
      TenantCatalog catalog,
      ApplicationEventPublisher events,
      Notifications notifications,
      PlatformTransactionManager transactions) {
    this.links = links;
    this.tenantScope = tenantScope;
    this.notices = notices;
    this.accounts = accounts;
    this.catalog = catalog;
    this.events = events;
    this.notifications = notifications;
    this.ownTransaction = new TransactionTemplate(transactions);
    // The caller's transaction is likely to roll back with the failure: the alert must not.
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void grantLost(UpworkCaller caller, String reason) {
    boolean broke =
        tenantScope.callAs(caller.tenant(), () -> links.broke(caller.member(), reason).isPresent());
    if (!broke) {
      return;
    }
    log.info("Upwork link of member {} needs a re-link: {}", caller.member(), reason);
    String agency = catalog.find(caller.tenant()).map(TenantSummary::name).orElse("your agency");
    String who = accounts.person(caller.member()).map(p -> p.displayName()).orElse("A member");
    // The member hears of it in the app and (unless they turned it off) by e-mail.
    tenantScope.runAs(
        caller.tenant(),
        () ->
            ownTransaction.executeWithoutResult(
                status ->
                    notifications.notify(
                        Notice.about(NotificationTopic.UPWORK_RELINK_REQUIRED)
                            .to(caller.member())
                            .link(LinkNotices.MY_ACCOUNT_PAGE)
                            .build())));
    ownTransaction.executeWithoutResult(
        status ->
            notices.upworkLinkBroken(
                caller.tenant(),
                caller.member(),
                who
                    + "'s Upwork account in "
                    + agency
                    + " needs to be linked again: Upwork no longer accepts it ("
                    + reason
                    + ")"));
    events.publishEvent(new UpworkLinkBroken(caller.tenant(), caller.member(), reason));
  }
}
