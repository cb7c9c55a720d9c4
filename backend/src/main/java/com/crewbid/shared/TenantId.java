package com.crewbid.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one agency (tenant) across the platform. */
public record TenantId(UUID value) implements Serializable {

  public TenantId {
    Objects.requireNonNull(value, "tenant id");
  }

  public static TenantId of(UUID value) {
    return new TenantId(value);
  }

  public static TenantId parse(String value) {
    return new TenantId(UUID.fromString(value));
  }

  public static TenantId random() {
    return new TenantId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
