package com.crewbid.shared.web;

import java.util.List;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details of a stable {@link ProblemType}. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(ProblemType type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
    problem.setType(type.type());
    problem.setTitle(type.title());
    return problem;
  }

  public static ProblemDetail of(
      ProblemType type, String detail, List<ProblemException.FieldProblem> errors) {
    ProblemDetail problem = of(type, detail);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }
}
