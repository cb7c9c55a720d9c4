package com.crewbid.upwork;

import com.crewbid.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member's link to their Upwork account as the agency sees it (never a token). A member who never
 * linked has a view without status.
 *
 * @param status null when the member never linked
 * @param organization the Upwork organization the member acts in; null for their personal one
 * @param lastError the last failure of a call or a sync made for the link, in words
 * @param version the optimistic-lock version (ETag) for edits of the link
 */
public record UpworkLink(
    UserId member,
    @Nullable UpworkLinkStatus status,
    @Nullable String upworkUserId,
    @Nullable String upworkUserName,
    @Nullable Organization organization,
    @Nullable Instant linkedAt,
    @Nullable Instant lastSyncAt,
    @Nullable String lastError,
    @Nullable Instant lastErrorAt,
    @Nullable Instant relinkRequestedAt,
    ProfileSync profileSync,
    long version) {

  public static UpworkLink neverLinked(UserId member) {
    return new UpworkLink(
        member,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        new ProfileSync(ProfileSync.State.NEVER, null, 0),
        0);
  }

  public boolean usable() {
    return status == UpworkLinkStatus.LINKED;
  }

  /** An Upwork organization as {@code companySelector} lists it. */
  public record Organization(String id, String name, @Nullable String type) {}

  /** Progress of the member's profile import. */
  public record ProfileSync(State state, @Nullable Instant startedAt, int progressPercent) {
    public enum State {
      NEVER,
      RUNNING,
      SUCCEEDED,
      FAILED
    }
  }
}
