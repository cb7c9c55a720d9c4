package com.crewbid.upwork.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a GraphQL response's {@code errors}: its message, the path of the field it concerns
 * (empty for the request as a whole) and Upwork's {@code extensions.classification}.
 */
public record UpworkError(String message, List<Object> path, @Nullable String classification) {

  public UpworkError {
    path = List.copyOf(path);
  }

  @Override
  public String toString() {
    return (classification == null ? "" : classification + " ")
        + (path.isEmpty() ? "" : "at " + path + " ")
        + message;
  }
}
