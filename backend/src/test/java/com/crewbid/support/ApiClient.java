package com.crewbid.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for tests: keeps cookies, echoes the XSRF-TOKEN cookie in the
 * X-XSRF-TOKEN header as the SPA does, and reads JSON answers.
 */
public final class ApiClient {

  public record Response(int status, java.net.http.HttpHeaders headers, String body) {

    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String problemType() {
      return json().path("type").asString();
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final String base;
  private final CookieManager cookies;
  private final HttpClient http;
  private final boolean sendCsrf;
  private final Map<String, String> defaultHeaders;

  public ApiClient(int port) {
    this.port = port;
    this.base = "http://localhost:" + port;
    this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.sendCsrf = true;
    this.defaultHeaders = Map.of();
  }

  private ApiClient(ApiClient same, boolean sendCsrf, Map<String, String> defaultHeaders) {
    this.port = same.port;
    this.base = same.base;
    this.cookies = same.cookies;
    this.http = same.http;
    this.sendCsrf = sendCsrf;
    this.defaultHeaders = Map.copyOf(defaultHeaders);
  }

  /** The same browser, sending this header with every request (a User-Agent, for example). */
  public ApiClient withHeader(String name, String value) {
    Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
    headers.put(name, value);
    return new ApiClient(this, sendCsrf, headers);
  }

  /**
   * The same browser, seen as coming from {@code ip} through a trusted proxy (the test client is on
   * loopback, which the server trusts to forward {@code X-Forwarded-For}).
   */
  public ApiClient from(String ip) {
    return withHeader("X-Forwarded-For", ip);
  }

  public int port() {
    return port;
  }

  public Response delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), headers);
  }

  public Response send(String method, String path, String jsonBody) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (jsonBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    return send(request);
  }

  /** The same browser (same cookies), but its requests leave out the CSRF header. */
  public ApiClient withoutCsrf() {
    return new ApiClient(this, false, defaultHeaders);
  }

  public Response get(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
  }

  public Response postJson(String path, Object body, String... headers) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(asJson(body))),
        headers);
  }

  public Response putJson(String path, Object body, String... headers) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(asJson(body))),
        headers);
  }

  public Response postForm(String path, java.util.Map<String, String> fields) {
    return postForm(
        path,
        fields.entrySet().stream()
            .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
            .toArray(String[]::new));
  }

  public Response postForm(String path, String... keyValues) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (!form.isEmpty()) {
        form.append('&');
      }
      form.append(URLEncoder.encode(keyValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
    }
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
  }

  /** Opens the session the way the SPA does, then signs in. */
  public Response signIn(String email, String password) {
    get("/api/auth/session");
    return postForm("/api/auth/sign-in", "email", email, "password", password);
  }

  /** Opens a server-sent event stream as a browser's EventSource does (same cookies). */
  public EventStream openEventStream(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).header("Accept", "text/event-stream").GET();
    try {
      return new EventStream(http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private Response send(HttpRequest.Builder request, String... headers) {
    defaultHeaders.forEach(request::header);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (sendCsrf) {
      cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    }
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : base + path);
  }

  private static String asJson(Object body) {
    return body instanceof String s ? s : JSON.writeValueAsString(body);
  }
}
