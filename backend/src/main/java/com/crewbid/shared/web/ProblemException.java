package com.crewbid.shared.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expected failure of a use case that leaves the API as a problem response of the given kind.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<FieldProblem> errors;
  private final Duration retryAfter;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<FieldProblem> errors) {
    this(type, detail, errors, null);
  }

  private ProblemException(
      ProblemType type, String detail, List<FieldProblem> errors, Duration retryAfter) {
    super(detail);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.retryAfter = retryAfter;
  }

  /** A refusal the caller may try again after {@code wait} (answered with {@code Retry-After}). */
  public static ProblemException retryLater(ProblemType type, String detail, Duration wait) {
    return new ProblemException(type, detail, List.of(), wait);
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldProblem> errors() {
    return errors;
  }

  /** How long to wait before trying again, or null when waiting does not help. */
  public Duration retryAfter() {
    return retryAfter;
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
