package com.crewbid.upwork.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's notion of now: a {@link Clock} plus an offset that tests (or the control API) can
 * advance, so that code, token and grace-period expiry can be tested without sleeping. Expiry is
 * always decided against this clock; Redis TTLs only clean up. The offset is per application
 * instance.
 *
 * <p>Deliberately not a {@code Clock} itself: as a bean of that type it would compete with the
 * application's own clock, and moving sandbox time must never move the application's.
 */
class SandboxClock {

  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  SandboxClock(Clock base) {
    this.base = base;
  }

  Instant instant() {
    return base.instant().plus(offset.get());
  }

  void advance(Duration by) {
    offset.accumulateAndGet(by, Duration::plus);
  }

  void reset() {
    offset.set(Duration.ZERO);
  }
}
