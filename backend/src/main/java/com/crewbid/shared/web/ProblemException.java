package com.crewbid.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expected failure of a use case that leaves the API as a problem response of the given kind.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<FieldProblem> errors;
  private final Map<String, Object> properties = new LinkedHashMap<>();

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

  /** Adds a member to the problem body beside type, title, detail and errors (RFC 9457 §3.2). */
  public ProblemException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public Map<String, Object> properties() {
    return Map.copyOf(properties);
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
