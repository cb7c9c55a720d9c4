package com.crewbid.notifications;

import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.UserId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to tell whom: a topic, its recipients in the current agency (named people and/or every
 * member with at least a role; never the actor), the parameters the texts are rendered from, and a
 * path inside the app to open. Build one with {@link #about(NotificationTopic)}.
 *
 * @param recipients named people; those who are not members of the current agency are left out
 * @param membersAtLeast also every member of the current agency with this role or a higher one, or
 *     null
 * @param actor who caused it (never notified about their own action; fills {@code actorName}), or
 *     null
 * @param params short texts by name (at most 20; values longer than 500 characters are cut)
 * @param link a path inside the app such as {@code /proposals/<id>}, or null
 */
public record Notice(
    NotificationTopic topic,
    Set<UserId> recipients,
    AgencyRole membersAtLeast,
    UserId actor,
    Map<String, String> params,
    String link) {

  static final int MAX_PARAMS = 20;
  static final int MAX_VALUE_LENGTH = 500;
  private static final Pattern PARAM_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");
  private static final Pattern APP_PATH =
      Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~/?=&%+:@#]{0,499}");

  public Notice {
    Objects.requireNonNull(topic, "topic");
    recipients = Set.copyOf(Objects.requireNonNull(recipients, "recipients"));
    if (recipients.isEmpty() && membersAtLeast == null) {
      throw new IllegalArgumentException("A notice needs recipients or a role to address");
    }
    Objects.requireNonNull(params, "params");
    if (params.size() > MAX_PARAMS) {
      throw new IllegalArgumentException("At most " + MAX_PARAMS + " parameters");
    }
    Map<String, String> checked = new LinkedHashMap<>();
    params.forEach(
        (name, value) -> {
          if (name == null || !PARAM_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid parameter name: " + name);
          }
          Objects.requireNonNull(value, () -> "parameter " + name);
          checked.put(name, cut(value));
        });
    params = java.util.Collections.unmodifiableMap(checked);
    if (link != null && !APP_PATH.matcher(link).matches()) {
      throw new IllegalArgumentException("The link must be a path inside the app: " + link);
    }
  }

  public static Builder about(NotificationTopic topic) {
    return new Builder(topic);
  }

  private static String cut(String value) {
    return value.length() <= MAX_VALUE_LENGTH
        ? value
        : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }

  /** Builds a {@link Notice}; every method returns the builder. */
  public static final class Builder {

    private final NotificationTopic topic;
    private final Set<UserId> recipients = new LinkedHashSet<>();
    private final Map<String, String> params = new LinkedHashMap<>();
    private AgencyRole membersAtLeast;
    private UserId actor;
    private String link;

    private Builder(NotificationTopic topic) {
      this.topic = topic;
    }

    public Builder to(UserId... people) {
      recipients.addAll(java.util.List.of(people));
      return this;
    }

    public Builder to(Collection<UserId> people) {
      recipients.addAll(people);
      return this;
    }

    /** Every member of the current agency with this role or a higher one. */
    public Builder toMembersAtLeast(AgencyRole role) {
      membersAtLeast = role;
      return this;
    }

    /** Who caused it: left out of the recipients, and named as {@code actorName}. */
    public Builder actor(UserId person) {
      actor = person;
      return this;
    }

    public Builder param(String name, String value) {
      params.put(name, value);
      return this;
    }

    public Builder link(String appPath) {
      link = appPath;
      return this;
    }

    public Notice build() {
      return new Notice(topic, recipients, membersAtLeast, actor, params, link);
    }
  }
}
