package com.crewbid.upwork.web;

import com.crewbid.shared.web.ProblemType;
import com.crewbid.shared.web.Problems;
import com.crewbid.upwork.client.UpworkException;
import com.crewbid.upwork.client.UpworkGraphQlError;
import com.crewbid.upwork.client.UpworkRelinkRequired;
import com.crewbid.upwork.client.UpworkThrottled;
import com.crewbid.upwork.client.UpworkUnauthorized;
import com.crewbid.upwork.client.UpworkUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns failures of calls to Upwork that reach any controller into problems with stable types
 * instead of a 500. Messages name the operation and Upwork's reason; they never hold a token.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UpworkProblems {

  private static final Logger log = LoggerFactory.getLogger(UpworkProblems.class);

  @ExceptionHandler(UpworkException.class)
  ResponseEntity<ProblemDetail> onUpworkFailure(UpworkException e) {
    log.info("A call to Upwork failed: {}", e.getMessage());
    HttpHeaders headers = new HttpHeaders();
    ProblemDetail problem =
        switch (e) {
          case UpworkRelinkRequired gone ->
              Problems.of(
                  ProblemType.UPWORK_RELINK_REQUIRED,
                  "Upwork no longer accepts your linked account. Link your Upwork account again.");
          case UpworkUnauthorized refused ->
              Problems.of(
                  ProblemType.UPWORK_RELINK_REQUIRED,
                  "Upwork refused your linked account. Link your Upwork account again.");
          case UpworkThrottled throttled -> {
            headers.set(
                HttpHeaders.RETRY_AFTER,
                String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            yield Problems.of(
                ProblemType.UPWORK_THROTTLED,
                "Upwork's limits are reached for now. Try again later.");
          }
          case UpworkUnavailable unavailable ->
              Problems.of(
                  ProblemType.UPWORK_UNAVAILABLE,
                  "Upwork is not answering right now. Try again in a moment.");
          case UpworkGraphQlError refused ->
              Problems.of(ProblemType.UPWORK_ERROR, "Upwork refused the request.");
        };
    return ResponseEntity.status(problem.getStatus())
        .headers(headers)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
