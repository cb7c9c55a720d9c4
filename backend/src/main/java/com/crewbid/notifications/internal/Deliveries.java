package com.crewbid.notifications.internal;

import com.crewbid.identity.AgencyMembers;
import com.crewbid.notifications.NotificationTopic;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens once stored notifications have committed: the live event to each recipient's open
 * streams (on every replica), then the e-mails, whose outcome is recorded on the notification.
 * Nothing here can undo or fail the change that raised them.
 */
@Component
public class Deliveries {

  /** One recipient: who, their stored notification (null when in-app is off), and e-mail or not. */
  public record Recipient(AgencyMembers.Member member, NotificationView stored, boolean email) {}

  /** The recipients of one notice, with what the e-mail needs. */
  private record Batch(
      NotificationTopic topic,
      Map<String, String> params,
      String link,
      String linkBase,
      List<Recipient> recipients) {}

  private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

  private final AfterCommit afterCommit;
  private final LiveUpdates live;
  private final EmailNotifications emails;
  private final NotificationRecords records;
  private final TransactionTemplate tx;
  private final Clock clock;

  Deliveries(
      AfterCommit afterCommit,
      LiveUpdates live,
      EmailNotifications emails,
      NotificationRecords records,
      TransactionTemplate tx,
      Clock clock) {
    this.afterCommit = afterCommit;
    this.live = live;
    this.emails = emails;
    this.records = records;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Delivers a notice to its recipients once the current transaction commits; nothing if it rolls
   * back.
   */
  public void afterCommit(
      NotificationTopic topic,
      Map<String, String> params,
      String link,
      List<Recipient> recipients) {
    Batch batch = new Batch(topic, params, link, emails.linkBase(), List.copyOf(recipients));
    afterCommit.run("Notification delivery", () -> deliver(batch));
  }

  /** Tells the member's open streams their new unread count once the transaction commits. */
  public void unreadChangedAfterCommit(UserId member) {
    afterCommit.run("Unread count update", () -> publishUnread(member));
  }

  /** Sends a live event that is not stored to the members' open streams after the commit. */
  public void signalAfterCommit(String event, Map<String, String> data, List<UserId> recipients) {
    List<UserId> to = List.copyOf(recipients);
    afterCommit.run(
        "Live event",
        () -> {
          TenantId tenant = TenantContext.require("Deliveries").id();
          for (UserId user : to) {
            try {
              live.publish(tenant, user, event, data);
            } catch (RuntimeException e) {
              log.warn("A live event was not published: {}", e.getClass().getName());
            }
          }
        });
  }

  private void deliver(Batch batch) {
    TenantId tenant = TenantContext.require("Deliveries").id();
    for (Recipient recipient : batch.recipients()) {
      if (recipient.stored() != null) {
        UserId user = recipient.member().userId();
        try {
          live.publish(
              tenant,
              user,
              LiveUpdates.NOTIFICATION,
              new LiveUpdates.Arrived(recipient.stored(), unread(user)));
        } catch (RuntimeException e) {
          log.warn("A live notification was not published: {}", e.getClass().getName());
        }
      }
    }
    for (Recipient recipient : batch.recipients()) {
      if (recipient.email()) {
        email(batch, recipient);
      }
    }
  }

  private void email(Batch batch, Recipient recipient) {
    EmailNotifications.Outcome outcome =
        emails.send(
            recipient.member().email(),
            recipient.member().displayName(),
            batch.topic(),
            batch.params(),
            batch.link(),
            batch.linkBase());
    if (recipient.stored() != null) {
      tx.executeWithoutResult(
          status ->
              records
                  .findById(recipient.stored().id())
                  .ifPresent(
                      n -> n.emailDelivered(outcome.sent(), outcome.attempts(), clock.instant())));
    }
  }

  private void publishUnread(UserId member) {
    TenantId tenant = TenantContext.require("Deliveries").id();
    live.publish(tenant, member, LiveUpdates.UNREAD_COUNT, new LiveUpdates.Unread(unread(member)));
  }

  private long unread(UserId member) {
    Long count = tx.execute(status -> records.countByRecipientIdAndReadAtIsNull(member.value()));
    return count == null ? 0 : count;
  }
}
