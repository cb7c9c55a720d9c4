package com.crewbid.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one person on the platform, whatever agencies they belong to. */
public record UserId(UUID value) implements Serializable {

  public UserId {
    Objects.requireNonNull(value, "user id");
  }

  public static UserId of(UUID value) {
    return new UserId(value);
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
