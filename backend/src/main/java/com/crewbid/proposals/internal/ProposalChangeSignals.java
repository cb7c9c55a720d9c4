package com.crewbid.proposals.internal;

import com.crewbid.notifications.Notifications;
import com.crewbid.tenancy.TenantScope;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells everyone who may read a proposal that it changed, live ({@value #EVENT}: its id, state and
 * version), once a step of its timeline has committed: the proposal page, the approval queue and
 * the lists follow without a reload, whatever the member chose for notifications. Readers are
 * worked out after the commit, on what committed (a freelancer who became an approver in this step
 * is told; one no longer named, and without an earlier decision, is not).
 */
@Component
class ProposalChangeSignals {

  static final String EVENT = "proposal-changed";

  private static final Logger log = LoggerFactory.getLogger(ProposalChangeSignals.class);

  private final ProposalRecords proposals;
  private final ProposalAccess access;
  private final Notifications notifications;
  private final TenantScope tenantScope;
  private final TaskExecutor background;
  private final TransactionTemplate tx;

  ProposalChangeSignals(
      ProposalRecords proposals,
      ProposalAccess access,
      Notifications notifications,
      TenantScope tenantScope,
      TaskExecutor applicationTaskExecutor,
      TransactionTemplate tx) {
    this.proposals = proposals;
    this.access = access;
    this.notifications = notifications;
    this.tenantScope = tenantScope;
    this.background = applicationTaskExecutor;
    this.tx = tx;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void written(ProposalTimeline.Written written) {
    try {
      background.execute(
          () -> tenantScope.runAs(written.tenant(), () -> signal(written.proposalId())));
    } catch (RuntimeException e) {
      log.warn("A proposal change was not signalled: {}", e.getClass().getName());
    }
  }

  private void signal(UUID proposalId) {
    try {
      tx.executeWithoutResult(
          status ->
              proposals
                  .findById(proposalId)
                  .ifPresent(
                      p ->
                          notifications.signal(
                              EVENT,
                              Map.of(
                                  "proposalId", p.id().toString(),
                                  "state", p.state().name(),
                                  "version", Long.toString(p.version())),
                              access.readers(p))));
    } catch (RuntimeException e) {
      log.warn("A proposal change was not signalled: {}", e.getClass().getName());
    }
  }
}
