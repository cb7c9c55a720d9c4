package com.crewbid.upwork.sandbox;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What stands in front of Upwork's API: the per-IP rate limit, then any fault a test queued. Only
 * the token and GraphQL endpoints are affected; the consent page and the control API are not. Not a
 * bean, so that Spring Boot does not register it for every URL; the sandbox's security chain holds
 * it.
 */
class SandboxTrafficFilter extends OncePerRequestFilter {

  static final String BOT_CHALLENGE_PAGE =
      """
      <!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
      <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
      <body><h1>upwork.com</h1><p>Verifying you are human. This may take a few seconds.</p>
      <noscript>Enable JavaScript and cookies to continue</noscript></body></html>
      """;

  private final SandboxRateLimit rateLimit;
  private final SandboxFaults faults;
  private final JsonMapper json;

  SandboxTrafficFilter(SandboxRateLimit rateLimit, SandboxFaults faults, JsonMapper json) {
    this.rateLimit = rateLimit;
    this.faults = faults;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return target(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SandboxFaults.Target target = target(request).orElseThrow();
    if (!rateLimit.admit(request.getRemoteAddr())) {
      tooManyRequests(response, 1);
      return;
    }
    Optional<SandboxFaults.Fault> fault = faults.next(target);
    if (fault.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    SandboxFaults.Fault f = fault.get();
    switch (f.kind()) {
      case LATENCY -> {
        pause(f.delayMillis());
        chain.doFilter(request, response);
      }
      case RATE_LIMITED -> tooManyRequests(response, f.retryAfterSeconds());
      case SERVER_ERROR ->
          write(
              response,
              f.status(),
              MediaType.APPLICATION_JSON_VALUE,
              "{\"error\":\"server_error\",\"error_description\":\"Upwork is temporarily unavailable\"}");
      case MALFORMED_JSON ->
          write(
              response,
              f.status(),
              MediaType.APPLICATION_JSON_VALUE,
              "{\"access_token\":\"oauth2v2_");
      case HTML_PAGE -> write(response, f.status(), MediaType.TEXT_HTML_VALUE, BOT_CHALLENGE_PAGE);
      case WRONG_SHAPE ->
          write(
              response,
              f.status(),
              MediaType.APPLICATION_JSON_VALUE,
              target == SandboxFaults.Target.TOKEN
                  ? "{\"access_token\":[\"not\",\"a\",\"token\"],\"token_type\":7,\"expires_in\":\"soon\"}"
                  : wrongShape(request));
    }
  }

  /** {@code data} with a list of numbers for every top-level field the query asks for. */
  private String wrongShape(HttpServletRequest request) throws IOException {
    StringBuilder data = new StringBuilder("{\"data\":{");
    try {
      String query = json.readTree(request.getInputStream()).path("query").asString("");
      Document document = Parser.parse(query);
      String fields =
          document.getDefinitionsOfType(OperationDefinition.class).stream()
              .findFirst()
              .map(
                  operation ->
                      operation.getSelectionSet().getSelectionsOfType(Field.class).stream()
                          .map(
                              f ->
                                  "\""
                                      + (f.getAlias() != null ? f.getAlias() : f.getName())
                                      + "\":[1,2,3]")
                          .collect(java.util.stream.Collectors.joining(",")))
              .orElse("");
      data.append(fields);
    } catch (RuntimeException unparsable) {
      // A query the sandbox cannot read gets data without fields.
    }
    return data.append("}}").toString();
  }

  private static Optional<SandboxFaults.Target> target(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(TokenController.PATH)) {
      return Optional.of(SandboxFaults.Target.TOKEN);
    }
    if (path.equals(GraphQlController.PATH)) {
      return Optional.of(SandboxFaults.Target.GRAPHQL);
    }
    return Optional.empty();
  }

  private static void tooManyRequests(HttpServletResponse response, int retryAfterSeconds)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
    write(
        response,
        429,
        MediaType.APPLICATION_JSON_VALUE,
        "{\"error\":\"too_many_requests\",\"error_description\":\"Rate limit exceeded\"}");
  }

  private static void write(
      HttpServletResponse response, int status, String contentType, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
