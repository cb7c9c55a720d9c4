package com.crewbid.shared.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure that leaves a controller into an RFC 9457 problem with a stable type: bad
 * input is a 4xx that names the fields, never a 500.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ProblemException.class)
  ResponseEntity<ProblemDetail> onProblem(ProblemException e) {
    ProblemDetail problem = Problems.of(e.type(), e.getMessage(), e.errors());
    e.properties().forEach(problem::setProperty);
    ResponseEntity<ProblemDetail> response = respond(problem);
    if (e.retryAfter() == null) {
      return response;
    }
    long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
    return ResponseEntity.status(response.getStatusCode())
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
        .body(response.getBody());
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ResponseEntity<ProblemDetail> onAccessDenied(Exception e) {
    return respond(Problems.of(ProblemType.FORBIDDEN, "You are not allowed to do this."));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> onConstraintViolation(ConstraintViolationException e) {
    List<ProblemException.FieldProblem> errors =
        e.getConstraintViolations().stream()
            .map(
                v ->
                    new ProblemException.FieldProblem(
                        leaf(v.getPropertyPath().toString()), v.getMessage()))
            .toList();
    return respond(Problems.of(ProblemType.VALIDATION, "Some fields are invalid.", errors));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> onTypeMismatch(MethodArgumentTypeMismatchException e) {
    return respond(
        Problems.of(
            ProblemType.VALIDATION,
            "Parameter '" + e.getName() + "' has an invalid value.",
            List.of(new ProblemException.FieldProblem(e.getName(), "invalid value"))));
  }

  @ExceptionHandler(PropertyReferenceException.class)
  ResponseEntity<ProblemDetail> onUnknownSortProperty(PropertyReferenceException e) {
    return respond(
        Problems.of(
            ProblemType.VALIDATION,
            "Cannot sort by '" + e.getPropertyName() + "'.",
            List.of(new ProblemException.FieldProblem("sort", "unknown property"))));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> onOptimisticLock(OptimisticLockingFailureException e) {
    return respond(
        Problems.of(
            ProblemType.STALE_VERSION,
            "Someone else changed this in the meantime. Reload and apply your change again."));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> onIntegrityViolation(DataIntegrityViolationException e) {
    log.info(
        "Refused a write that breaks a database constraint: {}",
        e.getMostSpecificCause().getMessage());
    return respond(
        Problems.of(
            ProblemType.CONFLICT, "The change conflicts with existing data and was not saved."));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> onUnexpected(Exception e) {
    log.error("Unexpected failure", e);
    return respond(
        Problems.of(
            ProblemType.INTERNAL, "Something went wrong on our side. Nothing was changed."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ProblemException.FieldProblem> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(ApiExceptionHandler::fieldProblem)
            .toList();
    return asObject(
        respond(Problems.of(ProblemType.VALIDATION, "Some fields are invalid.", errors)));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ProblemException.FieldProblem> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                new ProblemException.FieldProblem(
                                    r.getMethodParameter().getParameterName(),
                                    String.valueOf(err.getDefaultMessage()))))
            .toList();
    return asObject(
        respond(Problems.of(ProblemType.VALIDATION, "Some fields are invalid.", errors)));
  }

  /**
   * Gives every problem Spring MVC raises itself (unreadable body, wrong method…) a stable type.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    ProblemType type = typeFor(statusCode);
    String detail =
        body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail() : type.title();
    if (type == ProblemType.MALFORMED_REQUEST) {
      detail =
          "The request body could not be read. Check that it is well-formed JSON of the expected shape.";
    }
    ProblemDetail problem = Problems.of(type, detail);
    problem.setStatus(statusCode.value());
    return ResponseEntity.status(statusCode).headers(headers).body(problem);
  }

  private static ProblemType typeFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> ProblemType.MALFORMED_REQUEST;
      case 404 -> ProblemType.NOT_FOUND;
      case 405 -> ProblemType.METHOD_NOT_ALLOWED;
      case 406 -> ProblemType.NOT_ACCEPTABLE;
      case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
      case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
      default -> status.is4xxClientError() ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL;
    };
  }

  private static ProblemException.FieldProblem fieldProblem(FieldError error) {
    return new ProblemException.FieldProblem(
        error.getField(),
        error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage());
  }

  private static String leaf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
    return (ResponseEntity) response;
  }
}
