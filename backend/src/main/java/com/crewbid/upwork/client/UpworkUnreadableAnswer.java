package com.crewbid.upwork.client;

import java.util.List;

/**
 * Upwork answered with GraphQL JSON, but not in the shape its schema promises (a list where an
 * object belongs, a text where a number does): the data cannot be read. Not retried: the same
 * question would most likely get the same answer.
 */
public final class UpworkUnreadableAnswer extends UpworkGraphQlError {

  static final String CLASSIFICATION = "UNREADABLE_ANSWER";

  UpworkUnreadableAnswer(String operation, String path, String reason) {
    super(
        operation,
        List.of(
            new UpworkError(
                "the answer at " + path + " could not be read (" + reason + ")",
                List.of(path),
                CLASSIFICATION)));
  }
}
