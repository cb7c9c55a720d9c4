package com.crewbid.notifications.internal;

import com.crewbid.identity.CurrentMember;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A member's own notifications in the current agency: list, count, mark as read. */
@Service
public class Inbox {

  private final NotificationRecords records;
  private final Deliveries deliveries;
  private final JsonMapper json;
  private final Clock clock;

  Inbox(NotificationRecords records, Deliveries deliveries, JsonMapper json, Clock clock) {
    this.records = records;
    this.deliveries = deliveries;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<NotificationView> mine(CurrentMember member, boolean unreadOnly, Pageable pageable) {
    UUID me = member.userId().value();
    Page<NotificationRecord> page =
        unreadOnly
            ? records.findByRecipientIdAndReadAtIsNull(me, pageable)
            : records.findByRecipientId(me, pageable);
    return page.map(n -> n.toView(json));
  }

  @Transactional(readOnly = true)
  public long unreadCount(UserId member) {
    return records.countByRecipientIdAndReadAtIsNull(member.value());
  }

  /** Marks one of the member's notifications read; 404 when it is not theirs. */
  @Transactional
  public NotificationView markRead(CurrentMember member, UUID notificationId) {
    NotificationRecord notification =
        records
            .findByIdAndRecipientId(notificationId, member.userId().value())
            .orElseThrow(() -> ProblemException.notFound("The notification"));
    if (notification.readAt() == null) {
      notification.markRead(clock.instant());
      deliveries.unreadChangedAfterCommit(member.userId());
    }
    return notification.toView(json);
  }

  /** Marks all of the member's notifications read; returns how many were unread. */
  @Transactional
  public int markAllRead(CurrentMember member) {
    int marked = records.markAllRead(member.userId().value(), clock.instant());
    if (marked > 0) {
      deliveries.unreadChangedAfterCommit(member.userId());
    }
    return marked;
  }
}
