package com.crewbid.shared.web;

import java.util.List;

/**
 * An expected failure of a use case that leaves the API as a problem response of the given kind.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<FieldProblem> errors;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<FieldProblem> errors) {
    super(detail);
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldProblem> errors() {
    return errors;
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " was not found.");
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public static ProblemException fieldConflict(String field, String message) {
    return new ProblemException(
        ProblemType.CONFLICT, message, List.of(new FieldProblem(field, message)));
  }

  /** One invalid field of a request. */
  public record FieldProblem(String field, String message) {}
}
