package com.crewbid.upwork.client;

import java.util.List;

/** What the operation names does not exist at Upwork (or no longer). */
public final class UpworkNotFound extends UpworkGraphQlError {

  UpworkNotFound(String operation, List<UpworkError> errors) {
    super(operation, errors);
  }
}
