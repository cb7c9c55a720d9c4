package com.crewbid.notifications.internal;

import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.TenantContext;
import com.crewbid.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work in the background, in the current tenant, once the current transaction has committed
 * (at once when there is none); nothing is run when it rolls back. A failure is logged and never
 * reaches the caller, whose change has committed already.
 */
@Component
class AfterCommit {

  private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

  private final TaskExecutor background;
  private final TenantScope tenantScope;

  AfterCommit(TaskExecutor applicationTaskExecutor, TenantScope tenantScope) {
    this.background = applicationTaskExecutor;
    this.tenantScope = tenantScope;
  }

  void run(String what, Runnable work) {
    TenantId tenant = TenantContext.require(what).id();
    Runnable task =
        () -> {
          try {
            tenantScope.runAs(tenant, work);
          } catch (RuntimeException e) {
            log.warn("{} failed after commit: {}", what, e.getClass().getName());
          }
        };
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      submit(what, task);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            submit(what, task);
          }
        });
  }

  private void submit(String what, Runnable task) {
    try {
      background.execute(task);
    } catch (RuntimeException e) {
      log.warn("{} could not be started after commit: {}", what, e.getClass().getName());
    }
  }
}
