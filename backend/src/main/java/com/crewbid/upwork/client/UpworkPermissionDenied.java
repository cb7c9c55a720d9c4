package com.crewbid.upwork.client;

import java.util.List;

/**
 * The API key or the user lacks a permission the operation needs (e.g. Upwork's "Submit Proposal"),
 * or the organization is not the user's.
 */
public final class UpworkPermissionDenied extends UpworkGraphQlError {

  UpworkPermissionDenied(String operation, List<UpworkError> errors) {
    super(operation, errors);
  }
}
