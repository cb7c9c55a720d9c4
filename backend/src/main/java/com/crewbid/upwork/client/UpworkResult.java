package com.crewbid.upwork.client;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What Upwork answered for the field asked for, and the errors it reported beside it. Upwork
 * answers partially: a missing permission on one field nulls that field and adds an error, and the
 * rest of the data is still good, so it is kept rather than thrown away.
 *
 * @param data the field at the requested path; empty when Upwork answered it with null
 * @param errors errors on other fields (or nested ones) that did not prevent the answer
 */
public record UpworkResult<T>(@Nullable T data, List<UpworkError> errors) {

  public UpworkResult {
    errors = List.copyOf(errors);
  }

  public Optional<T> value() {
    return Optional.ofNullable(data);
  }

  public boolean partial() {
    return !errors.isEmpty();
  }
}
