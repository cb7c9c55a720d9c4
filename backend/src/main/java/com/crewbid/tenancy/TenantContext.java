package com.crewbid.tenancy;

import java.util.Optional;

/**
 * Which tenant the current thread works for. Read-only to the rest of the application: the only way
 * to set it is {@link TenantScope}, which also clears it.
 */
public final class TenantContext {

  private static final ThreadLocal<CurrentTenant> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<CurrentTenant> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The current tenant; throws {@link MissingTenantException} when there is none. */
  public static CurrentTenant require(String what) {
    CurrentTenant tenant = CURRENT.get();
    if (tenant == null) {
      throw new MissingTenantException(what);
    }
    return tenant;
  }

  static CurrentTenant swap(CurrentTenant next) {
    CurrentTenant previous = CURRENT.get();
    if (next == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(next);
    }
    return previous;
  }
}
