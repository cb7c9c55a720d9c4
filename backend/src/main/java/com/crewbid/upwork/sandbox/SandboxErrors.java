package com.crewbid.upwork.sandbox;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

/**
 * Field errors as Upwork reports them: the field resolves to null and {@code errors[]} names it,
 * while the rest of the response still resolves (partial data).
 */
final class SandboxErrors {

  static final ErrorClassification NOT_FOUND = ErrorClassification.errorClassification("NotFound");
  static final ErrorClassification PERMISSION_DENIED =
      ErrorClassification.errorClassification("PermissionDenied");

  private SandboxErrors() {}

  static <T> DataFetcherResult<T> fieldError(
      DataFetchingEnvironment env, ErrorClassification classification, String message) {
    return DataFetcherResult.<T>newResult()
        .error(GraphqlErrorBuilder.newError(env).errorType(classification).message(message).build())
        .build();
  }
}
