package com.crewbid.tenancy.internal;

import com.crewbid.tenancy.CurrentTenant;
import com.crewbid.tenancy.TenantContext;
import com.crewbid.tenancy.TenantScope;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Carries the submitting thread's tenant into work handed to Spring's task executors
 * ({@code @Async}, the application task executor), re-entering it through {@link TenantScope} in
 * the worker.
 */
@Component
class TenantPropagation implements TaskDecorator {

  private final TenantScope tenantScope;

  TenantPropagation(TenantScope tenantScope) {
    this.tenantScope = tenantScope;
  }

  @Override
  public Runnable decorate(Runnable task) {
    CurrentTenant tenant = TenantContext.current().orElse(null);
    if (tenant == null) {
      return task;
    }
    return () -> tenantScope.runAs(tenant.id(), task);
  }
}
