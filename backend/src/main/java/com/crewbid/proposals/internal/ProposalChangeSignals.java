package com.crewbid.proposals.internal;

import com.crewbid.notifications.Notifications;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantContext;
import com.crewbid.tenancy.TenantScope;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells everyone who may read a proposal, or could read it just before, that it changed, live
 * ({@value #EVENT}: its id, state, version and {@code kind}: {@code step} for a line of its
 * timeline, {@code comment} for a new comment on its thread), once the change has committed: the
 * proposal page, the approval queue and the lists follow without a reload, whatever the member
 * chose for notifications.
 *
 * <p>Within a transaction the changes are collected: each proposal is signalled once after the
 * commit (nothing when it rolls back). Its readers are worked out then, on what committed (a
 * freelancer who became an approver in this step is told), and joined with those who could read it
 * before the change ({@link #beforeChange}, called before the approval request changes): a
 * freelancer approver who has just lost the proposal (another approved or rejected it, it was
 * withdrawn, a new round names others) hears it too, so their queue drops the row.
 */
@Component
class ProposalChangeSignals {

  static final String EVENT = "proposal-changed";

  /** What changed: a step of the timeline, or the comment thread. */
  enum Kind {
    STEP("step"),
    COMMENT("comment");

    final String wire;

    Kind(String wire) {
      this.wire = wire;
    }
  }

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

  /**
   * Notes who may read the proposal now, before its approval request changes in this transaction,
   * so that they hear of the change even when they may not read it afterwards. Once per proposal
   * and transaction; nothing outside a transaction.
   */
  void beforeChange(ProposalRecord proposal) {
    Pending pending = pending();
    if (pending != null && !pending.before.containsKey(proposal.id())) {
      pending.before.put(proposal.id(), access.readers(proposal));
    }
  }

  /** The proposal changed: its readers hear it after the commit (at once without a transaction). */
  void changed(ProposalRecord proposal, Kind kind) {
    Pending pending = pending();
    if (pending == null) {
      dispatch(
          TenantContext.require("ProposalChangeSignals").id(),
          Map.of(proposal.id(), kind),
          Map.of());
      return;
    }
    pending.kinds.merge(proposal.id(), kind, (a, b) -> a == Kind.STEP ? a : b);
  }

  private @org.jspecify.annotations.Nullable Pending pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new Pending(TenantContext.require("ProposalChangeSignals").id());
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    return pending;
  }

  /** The changes of one transaction, signalled after its commit. */
  private final class Pending implements TransactionSynchronization {
    final TenantId tenant;
    final Map<UUID, Kind> kinds = new LinkedHashMap<>();
    final Map<UUID, Set<UserId>> before = new LinkedHashMap<>();

    Pending(TenantId tenant) {
      this.tenant = tenant;
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(ProposalChangeSignals.this);
      if (status == STATUS_COMMITTED && !kinds.isEmpty()) {
        dispatch(tenant, kinds, before);
      }
    }
  }

  private void dispatch(TenantId tenant, Map<UUID, Kind> kinds, Map<UUID, Set<UserId>> before) {
    Map<UUID, Kind> changes = Map.copyOf(kinds);
    Map<UUID, Set<UserId>> earlier = Map.copyOf(before);
    try {
      background.execute(() -> tenantScope.runAs(tenant, () -> signal(changes, earlier)));
    } catch (RuntimeException e) {
      log.warn("A proposal change was not signalled: {}", e.getClass().getName());
    }
  }

  private void signal(Map<UUID, Kind> changes, Map<UUID, Set<UserId>> before) {
    changes.forEach(
        (proposalId, kind) -> {
          try {
            tx.executeWithoutResult(
                status ->
                    proposals
                        .findById(proposalId)
                        .ifPresent(
                            p -> {
                              Set<UserId> to =
                                  new LinkedHashSet<>(before.getOrDefault(p.id(), Set.of()));
                              to.addAll(access.readers(p));
                              notifications.signal(
                                  EVENT,
                                  Map.of(
                                      "proposalId", p.id().toString(),
                                      "state", p.state().name(),
                                      "version", Long.toString(p.version()),
                                      "kind", kind.wire),
                                  to);
                            }));
          } catch (RuntimeException e) {
            log.warn("A proposal change was not signalled: {}", e.getClass().getName());
          }
        });
  }
}
