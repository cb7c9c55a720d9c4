package com.crewbid.upwork.internal;

import com.crewbid.tenancy.EveryTenant;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes imported Upwork profiles older than {@link Profiles#MAX_AGE} in every agency, on one
 * replica at a time (ShedLock). Reads ignore older profiles already; a profile in use is imported
 * again before it gets that old.
 */
@Component
public class UpworkProfilePurge {

  public static final String LOCK = "upwork-profile-purge";

  private static final Logger log = LoggerFactory.getLogger(UpworkProfilePurge.class);

  private final EveryTenant everyTenant;
  private final Profiles profiles;
  private final Clock clock;

  public UpworkProfilePurge(EveryTenant everyTenant, Profiles profiles, Clock clock) {
    this.everyTenant = everyTenant;
    this.profiles = profiles;
    this.clock = clock;
  }

  @Scheduled(cron = "${crewbid.upwork.profile-purge-cron:0 */5 * * * *}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
  public void purgeExpired() {
    purgeAt(clock.instant());
  }

  /** Deletes profiles imported more than the maximum age before {@code now}; returns how many. */
  public int purgeAt(Instant now) {
    Instant cutoff = now.minus(Profiles.MAX_AGE);
    int purged =
        everyTenant.sum("Purging the Upwork profiles", () -> profiles.purgeSyncedBefore(cutoff));
    if (purged > 0) {
      log.info("Purged {} Upwork profiles imported before {}", purged, cutoff);
    }
    return purged;
  }
}
