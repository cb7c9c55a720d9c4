package com.crewbid.upwork.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the sandbox over real HTTP as an Upwork client would: no redirects followed, form
 * bodies, bearer tokens. Knows the seeded users and the clients registered in application-test.
 */
final class SandboxHttp {

  static final String CLIENT_ID = "crewbid-test";
  static final String CLIENT_SECRET = "crewbid-test-sandbox-secret";
  static final String REDIRECT_URI = "https://crewbid.test/callback";
  static final String OTHER_CLIENT_ID = "other-test-app";
  static final String OTHER_CLIENT_SECRET = "other-test-app-secret";
  static final String OTHER_REDIRECT_URI = "https://other.test/callback";

  static final String OLENA = "1638472950116745216";
  static final String OLENA_PERSONAL_ORG = "1638472950125133825";
  static final String OLENA_PROFILE = "~01a4f7c2e9b83d1650";
  static final String MATEO_PROFILE = "~0157d3b8e1a2c4f096";
  static final String AMARA = "1638473680419209216";
  static final String AGENCY_ORG = "1639001120334462977";

  static final String AUTHORIZE = "/upwork-sandbox/ab/account-security/oauth2/authorize";
  static final String TOKEN = "/upwork-sandbox/api/v3/oauth2/token";
  static final String GRAPHQL = "/upwork-sandbox/graphql";

  record Response(int status, java.net.http.HttpHeaders headers, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The query parameters of the Location this response redirects to. */
    Map<String, String> redirectParameters() {
      assertThat(status).as("a redirect, got: %s", body).isEqualTo(302);
      URI location = URI.create(header("Location"));
      Map<String, String> params = new LinkedHashMap<>();
      for (String pair : location.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        params.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      }
      return params;
    }

    String redirectTarget() {
      String location = header("Location");
      return location.substring(0, location.indexOf('?'));
    }
  }

  record Tokens(String accessToken, String refreshToken) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  SandboxHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  Response get(String path, String... query) {
    return send(HttpRequest.newBuilder(URI.create(base + path + "?" + form(query))).GET());
  }

  Response postForm(String path, String[] headers, String... fields) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  Response postJson(String path, String json, String... headers) {
    return sendJson("POST", path, json, headers);
  }

  Response sendJson(String method, String path, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /**
   * The fields of the test client's authorize request (response_type=code, its client_id and
   * redirect_uri), with {@code changes} added or replacing them, as name-value pairs.
   */
  static String[] authorizeFields(String... changes) {
    return fields(
        new String[] {
          "response_type", "code", "client_id", CLIENT_ID, "redirect_uri", REDIRECT_URI
        },
        changes);
  }

  /** Opens the consent page for the test client's authorize request with {@code changes}. */
  Response authorize(String... changes) {
    return get(AUTHORIZE, authorizeFields(changes));
  }

  /** Chooses a user on the consent page: the form the page posts, with {@code changes}. */
  Response consent(String userId, String... changes) {
    return postForm(
        AUTHORIZE,
        new String[0],
        fields(authorizeFields(changes), "user_id", userId, "decision", "allow"));
  }

  /** The authorization code a user's consent gives the test client, without PKCE. */
  String codeFor(String userId) {
    return consent(userId, "state", "s").redirectParameters().get("code");
  }

  Response token(String... fields) {
    return postForm(TOKEN, new String[0], fields);
  }

  /** Exchanges a code as the test client, with {@code changes} to the form. */
  Response exchange(String code, String... changes) {
    return token(
        fields(
            new String[] {
              "grant_type", "authorization_code",
              "code", code,
              "redirect_uri", REDIRECT_URI,
              "client_id", CLIENT_ID,
              "client_secret", CLIENT_SECRET
            },
            changes));
  }

  Response refresh(String refreshToken) {
    return token(
        "grant_type", "refresh_token",
        "refresh_token", refreshToken,
        "client_id", CLIENT_ID,
        "client_secret", CLIENT_SECRET);
  }

  /** Goes through consent and code exchange for a seeded user. */
  Tokens signIn(String userId) {
    Response response = exchange(codeFor(userId));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return new Tokens(
        response.json().path("access_token").asString(),
        response.json().path("refresh_token").asString());
  }

  /** Signs a seeded user in through the other registered client, whose key lacks permissions. */
  Tokens signInThroughOtherClient(String userId) {
    String[] client = {
      "client_id", OTHER_CLIENT_ID, "redirect_uri", OTHER_REDIRECT_URI,
    };
    String code = consent(userId, fields(client, "state", "s")).redirectParameters().get("code");
    Response response = exchange(code, fields(client, "client_secret", OTHER_CLIENT_SECRET));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return new Tokens(
        response.json().path("access_token").asString(),
        response.json().path("refresh_token").asString());
  }

  /** Moves the sandbox clock on; access tokens older than 24 h then stop working. */
  void advanceClock(String isoDuration) {
    Response response =
        postJson("/upwork-sandbox/_control/clock", "{\"advanceBy\":\"" + isoDuration + "\"}");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  /** Clears faults and rate limits and brings the sandbox clock back to real time. */
  void resetControls() {
    sendJson("DELETE", "/upwork-sandbox/_control", "");
  }

  Response graphql(String accessToken, String query, String... headers) {
    String[] all = Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Authorization";
    all[headers.length + 1] = "Bearer " + accessToken;
    return postJson(GRAPHQL, JSON.writeValueAsString(Map.of("query", query)), all);
  }

  /** A GraphQL request with variables, {@code variablesJson} being a JSON object. */
  Response graphqlWith(String accessToken, String query, String variablesJson) {
    String body =
        "{\"query\":" + JSON.writeValueAsString(query) + ",\"variables\":" + variablesJson + "}";
    return postJson(GRAPHQL, body, "Authorization", "Bearer " + accessToken);
  }

  /** Name-value pairs: {@code base} with each pair of {@code changes} replacing or added. */
  static String[] fields(String[] base, String... changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < base.length; i += 2) {
      fields.put(base[i], base[i + 1]);
    }
    for (int i = 0; i < changes.length; i += 2) {
      fields.put(changes[i], changes[i + 1]);
    }
    return fields.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
        .toArray(String[]::new);
  }

  static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String form(String... keyValues) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (!form.isEmpty()) {
        form.append('&');
      }
      form.append(URLEncoder.encode(keyValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
    }
    return form.toString();
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
