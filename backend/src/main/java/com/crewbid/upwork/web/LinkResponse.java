package com.crewbid.upwork.web;

import com.crewbid.upwork.UpworkLink;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member's Upwork link as the API shows it; never a token.
 *
 * @param state {@code LINKED}, {@code NEEDS_RELINK}, {@code UNLINKED} or {@code NEVER_LINKED}
 */
record LinkResponse(
    UUID memberId,
    String state,
    @Nullable String upworkUserId,
    @Nullable String upworkUserName,
    UpworkLink.@Nullable Organization organization,
    @Nullable Instant linkedAt,
    @Nullable Instant lastSyncAt,
    @Nullable String lastError,
    @Nullable Instant lastErrorAt,
    @Nullable Instant relinkRequestedAt,
    UpworkLink.ProfileSync profileSync,
    long version) {

  static final String NEVER_LINKED = "NEVER_LINKED";

  static LinkResponse of(UpworkLink link) {
    return new LinkResponse(
        link.member().value(),
        link.status() == null ? NEVER_LINKED : link.status().name(),
        link.upworkUserId(),
        link.upworkUserName(),
        link.organization(),
        link.linkedAt(),
        link.lastSyncAt(),
        link.lastError(),
        link.lastErrorAt(),
        link.relinkRequestedAt(),
        link.profileSync(),
        link.version());
  }
}
