package com.crewbid.upwork.client;

import java.util.List;

/**
 * The document or its variables do not validate against Upwork's schema: a bug on our side, never
 * retried.
 */
public final class UpworkValidationError extends UpworkGraphQlError {

  UpworkValidationError(String operation, List<UpworkError> errors) {
    super(operation, errors);
  }
}
