package com.crewbid.notifications.internal;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.CurrentMember;
import com.crewbid.notifications.NotificationTopic;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's channels per topic: in the app, by e-mail. A member who never chose gets the
 * topic's defaults (in the app always, e-mail as the topic says).
 */
@Service
public class Preferences {

  /** The channels of one topic. */
  public record Choice(NotificationTopic topic, boolean inApp, boolean email) {

    static Choice defaults(NotificationTopic topic) {
      return new Choice(topic, true, topic.emailByDefault());
    }
  }

  private final PreferenceRecords records;
  private final Clock clock;

  Preferences(PreferenceRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** The topics a role may receive. */
  public static List<NotificationTopic> topicsFor(AgencyRole role) {
    return Arrays.stream(NotificationTopic.values())
        .filter(t -> role.atLeast(t.leastRole()))
        .toList();
  }

  /** The member's choices for every topic their role may receive. */
  @Transactional(readOnly = true)
  public List<Choice> of(CurrentMember member) {
    Map<String, PreferenceRecord> chosen =
        records.findByUserId(member.userId().value()).stream()
            .collect(Collectors.toMap(PreferenceRecord::topic, Function.identity()));
    return topicsFor(member.role()).stream()
        .map(topic -> choice(topic, chosen.get(topic.key())))
        .toList();
  }

  /**
   * Changes the member's channels of the given topics (others keep theirs); 400 for a topic their
   * role does not receive.
   */
  @Transactional
  public List<Choice> change(CurrentMember member, List<Choice> changes) {
    List<NotificationTopic> available = topicsFor(member.role());
    List<ProblemException.FieldProblem> refused =
        changes.stream()
            .filter(c -> !available.contains(c.topic()))
            .map(
                c ->
                    new ProblemException.FieldProblem(
                        "preferences", c.topic().key() + " is not sent to your role"))
            .toList();
    if (!refused.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION, "Some topics are not available to you.", refused);
    }
    Map<String, PreferenceRecord> chosen =
        records.findByUserId(member.userId().value()).stream()
            .collect(Collectors.toMap(PreferenceRecord::topic, Function.identity()));
    for (Choice change : changes) {
      PreferenceRecord record =
          chosen.computeIfAbsent(
              change.topic().key(), key -> new PreferenceRecord(member.userId().value(), key));
      record.choose(change.inApp(), change.email(), clock.instant());
      records.save(record);
    }
    return of(member);
  }

  /** The channels of one topic for each of the given people (their choice, else the default). */
  @Transactional(readOnly = true)
  public Map<UserId, Choice> of(NotificationTopic topic, Collection<UserId> people) {
    Map<UserId, PreferenceRecord> chosen =
        records
            .findByTopicAndUserIdIn(topic.key(), people.stream().map(UserId::value).toList())
            .stream()
            .collect(Collectors.toMap(r -> UserId.of(r.userId()), Function.identity()));
    return people.stream()
        .distinct()
        .collect(Collectors.toMap(Function.identity(), p -> choice(topic, chosen.get(p))));
  }

  private static Choice choice(NotificationTopic topic, PreferenceRecord record) {
    return record == null
        ? Choice.defaults(topic)
        : new Choice(topic, record.inApp(), record.email());
  }
}
