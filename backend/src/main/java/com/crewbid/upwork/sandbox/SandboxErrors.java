package com.crewbid.upwork.sandbox;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.Optional;

/**
 * Field errors as Upwork reports them: the field resolves to null and {@code errors[]} names it,
 * while the rest of the response still resolves (partial data).
 */
final class SandboxErrors {

  static final ErrorClassification NOT_FOUND = ErrorClassification.errorClassification("NotFound");
  static final ErrorClassification PERMISSION_DENIED =
      ErrorClassification.errorClassification("PermissionDenied");

  private SandboxErrors() {}

  /** The value if there is one, else Upwork's not-found error naming {@code what}. */
  static Object orNotFound(DataFetchingEnvironment env, Optional<?> value, String what) {
    return value
        .<Object>map(v -> v)
        .orElseGet(() -> fieldError(env, NOT_FOUND, what + " was not found"));
  }

  static <T> DataFetcherResult<T> fieldError(
      DataFetchingEnvironment env, ErrorClassification classification, String message) {
    return DataFetcherResult.<T>newResult()
        .error(GraphqlErrorBuilder.newError(env).errorType(classification).message(message).build())
        .build();
  }
}
