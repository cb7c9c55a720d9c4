package com.crewbid.upwork.client;

import java.util.List;

/**
 * Upwork answered, but with GraphQL {@code errors} and without the data asked for. Subclasses name
 * the kinds callers act on; this class is every other kind.
 */
public sealed class UpworkGraphQlError extends UpworkException
    permits UpworkPermissionDenied, UpworkValidationError, UpworkNotFound, UpworkUnreadableAnswer {

  private final List<UpworkError> errors;

  UpworkGraphQlError(String operation, List<UpworkError> errors) {
    super(operation + " failed at Upwork: " + describe(errors), null);
    this.errors = List.copyOf(errors);
  }

  public List<UpworkError> errors() {
    return errors;
  }

  @Override
  public boolean transientFailure() {
    return false;
  }

  private static String describe(List<UpworkError> errors) {
    return errors.stream().map(UpworkError::toString).reduce((a, b) -> a + "; " + b).orElse("");
  }
}
