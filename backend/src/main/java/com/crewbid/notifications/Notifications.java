package com.crewbid.notifications;

import com.crewbid.identity.AgencyMembers;
import com.crewbid.notifications.internal.Deliveries;
import com.crewbid.notifications.internal.NotificationRecord;
import com.crewbid.notifications.internal.NotificationRecords;
import com.crewbid.notifications.internal.Preferences;
import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells members of the current agency about something that happened. Call it in the transaction of
 * the change it reports: the notifications are stored with that change (and not at all if it rolls
 * back); live delivery and e-mail follow after the commit and never fail the caller.
 */
@Service
public class Notifications {

  /** How a live event is named: lower-case words joined by hyphens. */
  private static final Pattern EVENT_NAME = Pattern.compile("[a-z]+(-[a-z]+){0,5}");

  /** The centre's own events, which no other module may imitate. */
  private static final Set<String> RESERVED = Set.of("notification", "unread-count");

  private final AgencyMembers members;
  private final Preferences preferences;
  private final NotificationRecords records;
  private final Deliveries deliveries;
  private final JsonMapper json;
  private final Clock clock;

  Notifications(
      AgencyMembers members,
      Preferences preferences,
      NotificationRecords records,
      Deliveries deliveries,
      JsonMapper json,
      Clock clock) {
    this.members = members;
    this.preferences = preferences;
    this.records = records;
    this.deliveries = deliveries;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Stores the notice for each recipient who is a member of the current agency with at least the
   * topic's least role, except the actor and those who turned the topic off in the app; e-mails
   * those who want it by e-mail after the commit.
   *
   * @throws IllegalArgumentException when the notice lacks a parameter its topic needs
   * @throws com.crewbid.tenancy.MissingTenantException outside a tenant
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void notify(Notice notice) {
    TenantContext.require("Notifications.notify");
    NotificationTopic topic = notice.topic();
    List<AgencyMembers.Member> agency = members.ofCurrentAgency();
    Map<String, String> params = withActorName(notice, agency);
    List<String> missing = topic.missingIn(params);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(topic + " needs the parameters " + missing);
    }
    List<AgencyMembers.Member> recipients =
        agency.stream()
            .filter(m -> m.role().atLeast(topic.leastRole()))
            .filter(m -> !m.userId().equals(notice.actor()))
            .filter(
                m ->
                    notice.recipients().contains(m.userId())
                        || (notice.membersAtLeast() != null
                            && m.role().atLeast(notice.membersAtLeast())))
            .toList();
    if (recipients.isEmpty()) {
      return;
    }
    Map<UserId, Preferences.Choice> choices =
        preferences.of(topic, recipients.stream().map(AgencyMembers.Member::userId).toList());
    String paramsJson = json.writeValueAsString(params);
    Instant now = clock.instant();
    List<Deliveries.Recipient> deliveries = new ArrayList<>();
    for (AgencyMembers.Member recipient : recipients) {
      Preferences.Choice choice = choices.get(recipient.userId());
      if (choice.inApp()) {
        NotificationRecord stored =
            records.save(
                new NotificationRecord(
                    recipient.userId().value(),
                    topic.key(),
                    paramsJson,
                    notice.link(),
                    notice.actor() == null ? null : notice.actor().value(),
                    now,
                    choice.email()));
        deliveries.add(new Deliveries.Recipient(recipient, stored.toView(json), choice.email()));
      } else if (choice.email()) {
        deliveries.add(new Deliveries.Recipient(recipient, null, true));
      }
    }
    if (!deliveries.isEmpty()) {
      this.deliveries.afterCommit(topic, params, notice.link(), deliveries);
    }
  }

  /**
   * Sends a live event that is not stored: to the open streams (on every replica) of those
   * recipients who are members of the current agency now, whatever their notification preferences,
   * once the current transaction commits (at once without one; nothing when it rolls back). For
   * pages to follow a change without a reload; the data is what such a page needs to decide whether
   * to reload, nothing it may not know. Delivery never fails the caller.
   *
   * @param event the event's name on the stream: lower-case words joined by hyphens, e.g. {@code
   *     proposal-changed}; not one of the centre's own events
   * @throws IllegalArgumentException when the name is malformed or reserved
   * @throws com.crewbid.tenancy.MissingTenantException outside a tenant
   */
  public void signal(String event, Map<String, String> data, Collection<UserId> recipients) {
    TenantContext.require("Notifications.signal");
    if (!EVENT_NAME.matcher(event).matches() || RESERVED.contains(event)) {
      throw new IllegalArgumentException("Not a name for a live event: " + event);
    }
    Set<UserId> wanted = Set.copyOf(recipients);
    if (wanted.isEmpty()) {
      return;
    }
    List<UserId> reachable =
        members.ofCurrentAgency().stream()
            .map(AgencyMembers.Member::userId)
            .filter(wanted::contains)
            .toList();
    if (!reachable.isEmpty()) {
      deliveries.signalAfterCommit(event, Map.copyOf(data), reachable);
    }
  }

  private static Map<String, String> withActorName(
      Notice notice, List<AgencyMembers.Member> agency) {
    Map<String, String> params = new LinkedHashMap<>(notice.params());
    if (notice.actor() != null && !params.containsKey(NotificationTopic.ACTOR_NAME)) {
      Optional<String> name =
          agency.stream()
              .filter(m -> m.userId().equals(notice.actor()))
              .map(m -> Objects.requireNonNullElse(m.displayName(), m.email()))
              .findFirst();
      name.ifPresent(n -> params.put(NotificationTopic.ACTOR_NAME, n));
    }
    return params;
  }
}
