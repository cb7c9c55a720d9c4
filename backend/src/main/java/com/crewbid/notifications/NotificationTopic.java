package com.crewbid.notifications;

import com.crewbid.identity.AgencyRole;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a notification is about. Each topic has a stable key (stored, in the API and in the app's
 * texts: {@code notifications.topics.<key>}), whether e-mail is on by default, the least role that
 * may receive it, and the parameters its texts need ({@code actorName} is filled from the notice's
 * actor when left out).
 */
public enum NotificationTopic {
  /** A member's Upwork link stopped working (tokens revoked or expired): link it again. */
  UPWORK_RELINK_REQUIRED("upwork-relink-required", true, AgencyRole.FREELANCER),
  /** A saved search found new jobs: {@code searchName}, {@code matchCount}. */
  SAVED_SEARCH_MATCHES(
      "saved-search-matches", false, AgencyRole.VIEWER, "searchName", "matchCount"),
  /** A proposal waits for the recipient's approval: {@code jobTitle}, {@code actorName}. */
  PROPOSAL_AWAITING_APPROVAL(
      "proposal-awaiting-approval", true, AgencyRole.FREELANCER, "jobTitle", "actorName"),
  /** The recipient's proposal was approved: {@code jobTitle}, {@code actorName}. */
  PROPOSAL_APPROVED("proposal-approved", true, AgencyRole.FREELANCER, "jobTitle", "actorName"),
  /** Changes were requested on the recipient's proposal: {@code jobTitle}, {@code actorName}. */
  PROPOSAL_CHANGES_REQUESTED(
      "proposal-changes-requested", true, AgencyRole.FREELANCER, "jobTitle", "actorName"),
  /** The recipient's proposal was rejected: {@code jobTitle}, {@code actorName}. */
  PROPOSAL_REJECTED("proposal-rejected", true, AgencyRole.FREELANCER, "jobTitle", "actorName"),
  /**
   * The recipient's proposal was withdrawn by someone else, or a proposal waiting for the
   * recipient's approval was withdrawn: {@code jobTitle}, {@code actorName}.
   */
  PROPOSAL_WITHDRAWN("proposal-withdrawn", true, AgencyRole.FREELANCER, "jobTitle", "actorName"),
  /**
   * A proposal the recipient approved was edited and the approval stands: {@code jobTitle}, {@code
   * actorName}.
   */
  PROPOSAL_EDITED_AFTER_APPROVAL(
      "proposal-edited-after-approval", false, AgencyRole.FREELANCER, "jobTitle", "actorName"),
  /** Someone commented on a proposal's thread: {@code jobTitle}, {@code actorName}. */
  PROPOSAL_COMMENTED("proposal-commented", false, AgencyRole.FREELANCER, "jobTitle", "actorName"),
  /** A proposal went out to the client: {@code jobTitle}, {@code actorName}. */
  PROPOSAL_SENT("proposal-sent", false, AgencyRole.VIEWER, "jobTitle", "actorName"),
  /**
   * Whether the recipient's proposal reached Upwork is unknown (sending did not finish): check on
   * Upwork. {@code jobTitle}.
   */
  PROPOSAL_SEND_UNKNOWN("proposal-send-unknown", true, AgencyRole.FREELANCER, "jobTitle"),
  /**
   * A sent proposal's outcome moved: {@code jobTitle}, {@code outcome} (the new status: VIEWED,
   * REPLIED, INTERVIEW, HIRED, DECLINED, WITHDRAWN).
   */
  PROPOSAL_OUTCOME_CHANGED(
      "proposal-outcome-changed", true, AgencyRole.VIEWER, "jobTitle", "outcome");

  /** The parameter filled from the notice's actor's display name when the caller leaves it out. */
  public static final String ACTOR_NAME = "actorName";

  private final String key;
  private final boolean emailByDefault;
  private final AgencyRole leastRole;
  private final List<String> parameters;

  NotificationTopic(
      String key, boolean emailByDefault, AgencyRole leastRole, String... parameters) {
    this.key = key;
    this.emailByDefault = emailByDefault;
    this.leastRole = leastRole;
    this.parameters = List.of(parameters);
  }

  public String key() {
    return key;
  }

  public boolean emailByDefault() {
    return emailByDefault;
  }

  public AgencyRole leastRole() {
    return leastRole;
  }

  /** The parameters the texts of this topic use; a notice must carry each of them. */
  public List<String> parameters() {
    return parameters;
  }

  public static Optional<NotificationTopic> byKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }

  /** The parameters of {@code params} this topic needs but lacks. */
  List<String> missingIn(Map<String, String> params) {
    return parameters.stream().filter(p -> !params.containsKey(p)).toList();
  }
}
