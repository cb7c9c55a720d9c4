package com.crewbid.proposals.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A proposal waiting for the client, as the outcome sync orders its authors: no cover letter, no
 * answers, just who wrote it, when the sync last asked about it and when it was sent (or last
 * changed, for a send left unknown).
 */
record AwaitingOutcome(
    UUID id, UUID authorId, @Nullable Instant outcomeSyncedAt, Instant sentOrChanged) {}
