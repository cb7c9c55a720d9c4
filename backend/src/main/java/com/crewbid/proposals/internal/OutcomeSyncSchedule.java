package com.crewbid.proposals.internal;

import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.tenancy.TenantStatus;
import com.crewbid.upwork.client.UpworkThrottled;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outcome sync on one replica at a time (ShedLock), fair to every author of every agency: it
 * first learns from each active agency ({@link TenantScope}) which authors have proposals waiting
 * for the client, then asks Upwork for those who waited longest, across all agencies (those never
 * asked first, then those asked longest ago; ties in a new order of agencies each run), at most
 * {@code crewbid.proposals.outcome-sync-authors} in a run. An author whose link does not work is
 * skipped without counting (no request went to Upwork). One agency's failure does not stop the
 * others; Upwork's limits end the run (the rest wait for the next one, first in line).
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

  /** An author due in an agency. */
  private record Waiting(TenantId tenant, OutcomeSync.Due due) {}

  /** One run over every active agency; returns how many proposals moved. */
  public int run() {
    List<TenantId> tenants = new ArrayList<>(catalog.ids(TenantStatus.ACTIVE));
    Collections.shuffle(tenants);
    List<Waiting> waiting = new ArrayList<>();
    for (TenantId tenant : tenants) {
      try {
        scope.callAs(tenant, sync::due).forEach(due -> waiting.add(new Waiting(tenant, due)));
      } catch (RuntimeException unexpected) {
        log.error("Outcome sync could not list the proposals of agency {}", tenant, unexpected);
      }
    }
    // Stable: equal waits keep the agencies' shuffled order.
    waiting.sort(Comparator.comparing(Waiting::due, OutcomeSync.Due.LONGEST_WAITING));
    int authorsLeft = properties.outcomeSyncAuthors();
    int moved = 0;
    for (Waiting author : waiting) {
      if (authorsLeft <= 0) {
        break;
      }
      try {
        OutcomeSync.AuthorRun run = scope.callAs(author.tenant(), () -> sync.syncDue(author.due()));
        if (run.asked()) {
          authorsLeft--;
        }
        moved += run.moved();
      } catch (UpworkThrottled limits) {
        log.info("Outcome sync stopped at Upwork's limits: {}", limits.getMessage());
        break;
      } catch (RuntimeException unexpected) {
        authorsLeft--;
        log.error("Outcome sync failed for an author in agency {}", author.tenant(), unexpected);
      }
    }
    return moved;
  }
}
