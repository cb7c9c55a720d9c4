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
 * would silently fall back to defaults), and pages beyond {@link #MAX_PAGE} (whose offset would not
 * fit the database's paging), so a client learns of its mistake: 400 {@code validation} naming the
 * parameter, on every list endpoint. Sizes above the maximum are capped, as documented.
 */
@Component
class PagingParameters extends OncePerRequestFilter {

  /** The last page a list serves: a million pages of up to 100 items. */
  static final int MAX_PAGE = 1_000_000;

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
      if (value != null && !valid(name, value)) {
        var problem =
            Problems.of(
                ProblemType.VALIDATION,
                name.equals("page")
                    ? "'page' must be a whole number from 0 to " + MAX_PAGE + "."
                    : "'" + name + "' must be a whole number of at least 0.",
                List.of(
                    new ProblemException.FieldProblem(
                        name,
                        name.equals("page")
                            ? "must be a whole number from 0 to " + MAX_PAGE
                            : "must be a whole number")));
        response.setStatus(400);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean valid(String name, String value) {
    if (!value.matches("\\d{1,9}")) {
      return false;
    }
    return !name.equals("page") || Integer.parseInt(value) <= MAX_PAGE;
  }
}
