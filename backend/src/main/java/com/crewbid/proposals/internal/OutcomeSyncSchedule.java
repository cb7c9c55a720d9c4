package com.crewbid.proposals.internal;

import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.tenancy.TenantStatus;
import com.crewbid.upwork.client.UpworkThrottled;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outcome sync on one replica at a time (ShedLock): every active agency in a new order each
 * run, inside it ({@link TenantScope}), at most {@code crewbid.proposals.outcome-sync-authors}
 * authors per run in all. One agency's failure does not stop the others; Upwork's limits end the
 * run (the rest wait for the next one).
 */
@Component
public class OutcomeSyncSchedule {

  public static final String LOCK = "proposals-outcome-sync";

  private static final Logger log = LoggerFactory.getLogger(OutcomeSyncSchedule.class);

  private final TenantCatalog catalog;
  private final TenantScope scope;
  private final OutcomeSync sync;
  private final ProposalsProperties properties;

  OutcomeSyncSchedule(
      TenantCatalog catalog, TenantScope scope, OutcomeSync sync, ProposalsProperties properties) {
    this.catalog = catalog;
    this.scope = scope;
    this.sync = sync;
    this.properties = properties;
  }

  @Scheduled(cron = "${crewbid.proposals.outcome-sync-cron:0 */10 * * * *}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT20M", lockAtLeastFor = "PT10S")
  public void scheduled() {
    run();
  }

  /** One run over every active agency; returns how many proposals moved. */
  public int run() {
    List<TenantId> tenants = new ArrayList<>(catalog.ids(TenantStatus.ACTIVE));
    Collections.shuffle(tenants);
    int authorsLeft = properties.outcomeSyncAuthors();
    int moved = 0;
    for (TenantId tenant : tenants) {
      if (authorsLeft <= 0) {
        break;
      }
      int budget = authorsLeft;
      try {
        OutcomeSync.Run run = scope.callAs(tenant, () -> sync.syncAgency(budget));
        authorsLeft -= run.authors();
        moved += run.moved();
      } catch (UpworkThrottled limits) {
        log.info("Outcome sync stopped at Upwork's limits: {}", limits.getMessage());
        break;
      } catch (RuntimeException unexpected) {
        log.error("Outcome sync failed in agency {}", tenant, unexpected);
      }
    }
    return moved;
  }
}
