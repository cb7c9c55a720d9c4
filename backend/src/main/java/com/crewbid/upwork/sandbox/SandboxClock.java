package com.crewbid.upwork.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's notion of now: the system clock plus an offset that tests (or the control API) can
 * advance, so that code, token and grace-period expiry can be tested without sleeping. Expiry is
 * always decided against this clock; Redis TTLs only clean up. The offset is per application
 * instance.
 */
class SandboxClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  SandboxClock(Clock base) {
    this.base = base;
  }

  void advance(Duration by) {
    offset.accumulateAndGet(by, Duration::plus);
  }

  void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The sandbox clock runs in UTC");
  }
}
