package com.crewbid.proposals.internal;

import com.crewbid.tenancy.EveryTenant;
import com.crewbid.tenancy.TenantJdbc;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets the Upwork content of proposals' job copies 24 hours after it was fetched, in every
 * agency, on one replica at a time (ShedLock): the client's name, the budget or hourly range and
 * the cover-letter rule. The proposal stays the agency's record: Upwork's ids, the job's title,
 * link and category, the questions as the member answered them, and the approval's snapshot of the
 * facts it was decided on. The proposal page shows what is gone from the job cache while the cache
 * still has it.
 */
@Component
public class ProposalJobContentPurge {

  public static final String LOCK = "proposals-job-content-purge";

  /** How long Upwork's content may be kept (Upwork's terms). */
  static final Duration MAX_AGE = Duration.ofHours(24);

  private static final Logger log = LoggerFactory.getLogger(ProposalJobContentPurge.class);

  private final EveryTenant everyTenant;
  private final TenantJdbc jdbc;
  private final Clock clock;

  ProposalJobContentPurge(EveryTenant everyTenant, TenantJdbc jdbc, Clock clock) {
    this.everyTenant = everyTenant;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Scheduled(cron = "${crewbid.proposals.job-purge-cron:0 */5 * * * *}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
  public void purgeExpired() {
    purgeAt(clock.instant());
  }

  /** Forgets what was fetched more than 24 hours before {@code now}; returns how many proposals. */
  public int purgeAt(Instant now) {
    Timestamp cutoff = Timestamp.from(now.minus(MAX_AGE));
    int purged =
        everyTenant.sum(
            "Forgetting the Upwork content of proposals' jobs",
            () ->
                jdbc.call(
                    "proposal job content purge",
                    sql ->
                        sql.sql(
                                "update proposals set job_client_name = null,"
                                    + " job_budget = null, job_hourly_min = null,"
                                    + " job_hourly_max = null,"
                                    + " job_cover_letter_required = null,"
                                    + " job_fetched_at = null"
                                    + " where job_fetched_at <= :cutoff")
                            .param("cutoff", cutoff)
                            .update()));
    if (purged > 0) {
      log.info("Forgot Upwork content of {} proposals' jobs fetched before {}", purged, cutoff);
    }
    return purged;
  }
}
