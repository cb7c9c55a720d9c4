package com.crewbid.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses {@code page} and {@code size} query parameters that are not whole numbers (Spring Data
 * would silently fall back to defaults), so a client learns of its mistake. Sizes above the maximum
 * are capped, as documented.
 */
@Component
class PagingParameters extends OncePerRequestFilter {

  private final JsonMapper json;

  PagingParameters(JsonMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    for (String name : List.of("page", "size")) {
      String value = request.getParameter(name);
      if (value != null && !value.matches("\\d{1,9}")) {
        var problem =
            Problems.of(
                ProblemType.VALIDATION,
                "'" + name + "' must be a whole number of at least 0.",
                List.of(new ProblemException.FieldProblem(name, "must be a whole number")));
        response.setStatus(400);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
