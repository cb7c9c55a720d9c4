package com.crewbid.upwork.client;

import com.crewbid.tenancy.TenantContext;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.UpworkTokens;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Runs GraphQL documents against Upwork as one of its users, within Upwork's limits.
 *
 * <p>Every request waits for a slot of the egress IP's rate and spends one request of the daily
 * budget (the tenant's share of it), just before it is sent. Queries are retried on 429 (honouring
 * {@code Retry-After}), 5xx, timeouts and answers that are not GraphQL JSON; a mutation (a document
 * starting with {@code mutation}) is attempted once, because it may have taken effect (a proposal
 * spends Connects). A 401 is answered by refreshing the user's token once; the second request takes
 * a slot and a unit of budget of its own. Token refreshes go through this client's {@link
 * UpworkTokenEndpoint}: the same timeouts and egress rate, and their failures (a timeout, a 5xx, an
 * HTML page, broken JSON) are transient like any other, leaving the stored tokens as they were.
 */
public class UpworkClient implements AutoCloseable {

  static final String PRINCIPAL = UpworkClient.class.getName() + ".principal";
  static final String USER = UpworkClient.class.getName() + ".user";
  static final String ORGANIZATION = UpworkClient.class.getName() + ".organization";
  static final String ACCESS_TOKEN = UpworkClient.class.getName() + ".accessToken";
  static final String OPERATION_NAME = UpworkClient.class.getName() + ".operation";
  static final String TENANT = UpworkClient.class.getName() + ".tenant";
  static final String TENANT_HEADER = "X-Upwork-API-TenantId";

  /** Calls made outside any tenant (sign-in, platform jobs) share the budget as one tenant. */
  static final String NO_TENANT = "platform";

  private static final Pattern OPERATION =
      Pattern.compile("^\\s*(query|mutation)\\s+([_A-Za-z][_0-9A-Za-z]*)");

  private final UpworkTokens tokens;
  private final UpworkGrantLosses grantLosses;
  private final Supplier<HttpSyncGraphQlClient> graphQl;
  private final EgressRateLimit rate;
  private final DailyBudget budget;
  private final Retry retry;
  private final CircuitBreaker circuitBreaker;
  private final Duration maxBackoff;
  private final MeterRegistry meters;
  private final UpworkTokenEndpoint tokenEndpoint;

  UpworkClient(
      UpworkTokens tokens,
      UpworkGrantLosses grantLosses,
      Supplier<String> graphqlUri,
      UpworkClientProperties properties,
      RedisClient redis,
      String apiKey,
      MeterRegistry meters) {
    this.tokens = tokens;
    this.grantLosses = grantLosses;
    this.meters = meters;
    this.graphQl = SingletonSupplier.of(() -> graphQlClient(graphqlUri.get(), properties));
    this.rate =
        new EgressRateLimit(
            redis,
            properties.egressId(),
            properties.requestsPerSecond(),
            properties.maxThrottleWait());
    this.budget = new DailyBudget(redis, apiKey, properties.dailyBudget(), Clock.systemUTC());
    this.tokenEndpoint =
        new UpworkTokenEndpoint(
            properties.connectTimeout(), properties.readTimeout(), rate, false, meters);
    this.maxBackoff = properties.retry().maxBackoff();
    this.retry = retry(properties.retry());
    this.circuitBreaker = circuitBreaker(properties.circuitBreaker(), meters);
  }

  /**
   * Runs {@code document} for a member of an agency, with the tokens of their link and in the
   * organization they chose, and returns the field at {@code path} as {@code type}. The call counts
   * against the caller's agency's share of the daily budget.
   *
   * @throws UpworkRelinkRequired when the member's authorization is gone; their link is marked as
   *     needing a re-link (in its own transaction) before this is thrown
   * @throws UpworkGraphQlError when Upwork answered without the field, with errors
   * @throws UpworkUnauthorized when Upwork refuses even a fresh token
   * @throws UpworkThrottled when a limit (ours or Upwork's) stopped the call
   * @throws UpworkUnavailable when Upwork failed transiently on every attempt, or the circuit is
   *     open
   */
  public <T> UpworkResult<T> query(
      UpworkCaller caller,
      String document,
      @Nullable Map<String, Object> variables,
      String path,
      Class<T> type) {
    try {
      return run(
          caller.vaultPrincipal(),
          caller.upworkUserId(),
          caller.organizationId(),
          document,
          variables,
          path,
          type,
          caller.tenant().value().toString());
    } catch (UpworkRelinkRequired gone) {
      try {
        grantLosses.grantLost(caller, gone.reason());
      } catch (RuntimeException marking) {
        // The caller must still learn that the grant is gone.
        gone.addSuppressed(marking);
      }
      throw gone;
    }
  }

  /**
   * Runs {@code document} with the tokens stored under {@code principal} (for a "Sign in with
   * Upwork" that has not entered an agency yet: the Upwork user id) and returns the field at {@code
   * path} as {@code type}. Agency work goes through {@link #query(UpworkCaller, String, Map,
   * String, Class)}.
   *
   * @param organizationId the organization to act in ({@code X-Upwork-API-TenantId}); null for the
   *     user's personal one
   * @throws UpworkGraphQlError when Upwork answered without the field, with errors
   * @throws UpworkRelinkRequired when the user's authorization is gone
   * @throws UpworkUnauthorized when Upwork refuses even a fresh token
   * @throws UpworkThrottled when a limit (ours or Upwork's) stopped the call
   * @throws UpworkUnavailable when Upwork failed transiently on every attempt, or the circuit is
   *     open
   */
  public <T> UpworkResult<T> query(
      String principal,
      @Nullable String organizationId,
      String document,
      @Nullable Map<String, Object> variables,
      String path,
      Class<T> type) {
    return run(
        principal,
        principal,
        organizationId,
        document,
        variables,
        path,
        type,
        TenantContext.current().map(t -> t.id().value().toString()).orElse(NO_TENANT));
  }

  /**
   * Runs {@code document} with an access token Upwork has just issued and that is not stored yet
   * (the "who am I" of a sign-in), within the same limits, retries and circuit as every call; the
   * budget is the platform's share. No refresh is possible: a 401 is {@link UpworkUnauthorized}.
   *
   * @param who names the caller in messages (never the token)
   */
  public <T> UpworkResult<T> queryWithAccessToken(
      String who,
      String accessToken,
      String document,
      @Nullable Map<String, Object> variables,
      String path,
      Class<T> type) {
    return run(
        null, who, null, new BearerToken(accessToken), document, variables, path, type, NO_TENANT);
  }

  private <T> UpworkResult<T> run(
      String principal,
      String upworkUser,
      @Nullable String organizationId,
      String document,
      @Nullable Map<String, Object> variables,
      String path,
      Class<T> type,
      String tenant) {
    return run(
        principal, upworkUser, organizationId, null, document, variables, path, type, tenant);
  }

  private <T> UpworkResult<T> run(
      @Nullable String principal,
      String upworkUser,
      @Nullable String organizationId,
      @Nullable BearerToken accessToken,
      String document,
      @Nullable Map<String, Object> variables,
      String path,
      Class<T> type,
      String tenant) {
    return run(
        new Call(
            principal,
            upworkUser,
            organizationId,
            accessToken,
            document,
            variables == null ? Map.of() : variables,
            operationName(document, path),
            document.stripLeading().startsWith("mutation"),
            tenant),
        path,
        type);
  }

  private <T> UpworkResult<T> run(Call call, String path, Class<T> type) {
    meters
        .counter("upwork.client.calls", "operation", call.operation, "type", call.type())
        .increment();
    Timer.Sample sample = Timer.start(meters);
    String outcome = "success";
    try {
      ClientGraphQlResponse response =
          call.mutation ? guarded(call) : retry.executeSupplier(() -> guarded(call));
      return GraphQlAnswers.read(response, call.operation, path, type);
    } catch (TransientFailure exhausted) {
      UpworkException failure = exhausted.exhausted(call.operation);
      outcome = failure.getClass().getSimpleName();
      throw failure;
    } catch (UpworkException failure) {
      outcome = failure.getClass().getSimpleName();
      throw failure;
    } catch (RuntimeException unexpected) {
      outcome = unexpected.getClass().getSimpleName();
      throw unexpected;
    } finally {
      if (!outcome.equals("success")) {
        meters
            .counter("upwork.client.errors", "operation", call.operation, "kind", outcome)
            .increment();
      }
      sample.stop(
          meters.timer("upwork.client.requests", "operation", call.operation, "outcome", outcome));
    }
  }

  CircuitBreaker.State circuitState() {
    return circuitBreaker.getState();
  }

  @Override
  public void close() {
    rate.close();
    budget.close();
  }

  /** One attempt behind the circuit breaker and the limits. */
  private ClientGraphQlResponse guarded(Call call) {
    try {
      return circuitBreaker.executeSupplier(() -> authorized(call));
    } catch (CallNotPermittedException open) {
      throw new UpworkUnavailable(
          call.operation + ": Upwork failed repeatedly; calls are paused (circuit open)", open);
    }
  }

  /**
   * Takes a slot of the egress rate and a unit of the daily budget for one request, as late as
   * possible (just before it is sent, once its token is known), so that the spacing of the slots is
   * the spacing Upwork sees.
   */
  private void admit(String operation, String tenant) {
    DailyBudget.Verdict verdict = budget.spend(tenant);
    if (verdict != DailyBudget.Verdict.ADMITTED) {
      meters.counter("upwork.client.throttled", "limit", verdict.name().toLowerCase()).increment();
      throw new UpworkThrottled(
          operation
              + (verdict == DailyBudget.Verdict.KEY_EXHAUSTED
                  ? ": the API key's daily budget is spent"
                  : ": this agency's share of today's budget is spent"),
          Duration.ofHours(1));
    }
    long started = System.nanoTime();
    boolean slot;
    try {
      slot = rate.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpworkThrottled(
          operation + ": interrupted while waiting for a slot", Duration.ZERO);
    }
    Duration waited = Duration.ofNanos(System.nanoTime() - started);
    if (waited.toMillis() > 0) {
      meters.timer("upwork.client.throttled.waits").record(waited);
    }
    if (!slot) {
      meters.counter("upwork.client.throttled", "limit", "rate").increment();
      throw new UpworkThrottled(
          operation + ": no slot of the egress rate within " + rate.maxWait(), rate.maxWait());
    }
  }

  /**
   * Upwork may reject a token before its expiry; one fresh token is worth a second try, which is a
   * request like any other: it waits for its own slot and spends its own unit of budget.
   */
  private ClientGraphQlResponse authorized(Call call) {
    try {
      return execute(call);
    } catch (HttpClientErrorException.Unauthorized rejected) {
      if (call.principal == null) {
        throw new UpworkUnauthorized(
            call.operation
                + ": Upwork rejected the access token it just issued to "
                + call.upworkUser);
      }
      try {
        tokens.refreshedAccessToken(call.principal, tokenEndpoint);
      } catch (RuntimeException e) {
        throw tokenEndpointFailure(call.upworkUser, e);
      }
      try {
        return execute(call);
      } catch (HttpClientErrorException.Unauthorized again) {
        throw new UpworkUnauthorized(
            call.operation
                + ": Upwork rejected a freshly refreshed token of user "
                + call.upworkUser);
      }
    }
  }

  private ClientGraphQlResponse execute(Call call) {
    HttpSyncGraphQlClient.RequestSpec request =
        graphQl
            .get()
            .document(call.document)
            .variables(call.variables)
            .attribute(USER, call.upworkUser)
            .attribute(OPERATION_NAME, call.operation)
            .attribute(TENANT, call.tenant);
    if (call.principal != null) {
      request = request.attribute(PRINCIPAL, call.principal);
    }
    if (call.accessToken != null) {
      request = request.attribute(ACCESS_TOKEN, call.accessToken);
    }
    if (call.organization != null) {
      request = request.attribute(ORGANIZATION, call.organization);
    }
    try {
      return request.executeSync();
    } catch (RuntimeException e) {
      throw translated(call, rootOf(e));
    }
  }

  /** Spring GraphQL wraps what the transport threw; what matters is inside. */
  private static Throwable rootOf(RuntimeException e) {
    Throwable cause = e;
    while (!(cause instanceof RestClientException
            || cause instanceof UpworkException
            || cause instanceof TransientFailure)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private RuntimeException translated(Call call, Throwable failure) {
    if (failure instanceof HttpStatusCodeException status && isHtml(status)) {
      // Upwork's bot protection answers with a challenge page; it passes.
      return new TransientFailure(
          TransientFailure.Kind.NOT_GRAPHQL,
          "an HTML page (HTTP " + status.getStatusCode().value() + ") instead of GraphQL",
          null,
          status);
    }
    return switch (failure) {
      case UpworkException known -> known;
      case TransientFailure known -> known;
      case HttpClientErrorException.Unauthorized unauthorized -> unauthorized;
      case HttpClientErrorException.TooManyRequests limited -> rateLimited(call, limited);
      case HttpServerErrorException server ->
          new TransientFailure(
              TransientFailure.Kind.SERVER_ERROR,
              "HTTP " + server.getStatusCode().value(),
              null,
              server);
      case HttpClientErrorException.Forbidden forbidden ->
          GraphQlAnswers.classified(call.operation, List.of(httpError(forbidden, "Forbidden")));
      case HttpClientErrorException client ->
          GraphQlAnswers.classified(call.operation, List.of(httpError(client, null)));
      case ResourceAccessException io ->
          new TransientFailure(
              TransientFailure.Kind.TIMEOUT, "no answer: " + io.getMessage(), null, io);
      case RestClientException unreadable ->
          new TransientFailure(
              TransientFailure.Kind.NOT_GRAPHQL,
              "an answer that is not GraphQL JSON",
              null,
              unreadable);
      default ->
          new UpworkUnavailable(
              call.operation + ": " + failure.getClass().getSimpleName(), failure);
    };
  }

  private RuntimeException rateLimited(
      Call call, HttpClientErrorException.TooManyRequests limited) {
    Duration retryAfter = retryAfter(limited.getResponseHeaders());
    if (retryAfter.compareTo(maxBackoff) > 0) {
      // Waiting that long would hold a thread; tell the caller when to come back instead.
      return new UpworkThrottled(call.operation + ": Upwork's rate limit", retryAfter);
    }
    return new TransientFailure(
        TransientFailure.Kind.RATE_LIMITED, "HTTP 429", retryAfter, limited);
  }

  private static Duration retryAfter(@Nullable HttpHeaders headers) {
    String value = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
    try {
      return value == null
          ? Duration.ofSeconds(1)
          : Duration.ofSeconds(Long.parseLong(value.trim()));
    } catch (NumberFormatException httpDate) {
      return Duration.ofSeconds(1);
    }
  }

  private static boolean isHtml(HttpStatusCodeException status) {
    HttpHeaders headers = status.getResponseHeaders();
    MediaType type = headers == null ? null : headers.getContentType();
    return type != null && type.isCompatibleWith(MediaType.TEXT_HTML);
  }

  private static UpworkError httpError(
      HttpStatusCodeException status, @Nullable String classification) {
    return new UpworkError("HTTP " + status.getStatusCode().value(), List.of(), classification);
  }

  /**
   * What a failed use of the token endpoint means for the call: an OAuth error as Upwork named it;
   * a refusal of another kind (4xx) as unauthorized; anything else (no answer in time, a 5xx, an
   * HTML page, JSON that is not a token response) as transient. The stored tokens stay as they were
   * in every case but {@code invalid_grant}. Nothing of the answer is kept: it may hold a token.
   */
  private RuntimeException tokenEndpointFailure(String user, RuntimeException e) {
    if (e instanceof OAuth2AuthorizationException oauth) {
      return fromTokenEndpoint(user, oauth);
    }
    if (e instanceof UpworkException || e instanceof TransientFailure) {
      return e;
    }
    Throwable cause = rootOf(e);
    if (cause instanceof HttpClientErrorException.TooManyRequests limited) {
      return new TransientFailure(
          TransientFailure.Kind.RATE_LIMITED,
          "the token endpoint answered HTTP 429",
          retryAfter(limited.getResponseHeaders()),
          null);
    }
    if (cause instanceof HttpClientErrorException refused && !isHtml(refused)) {
      return new UpworkUnauthorized(
          "Upwork's token endpoint refused user "
              + user
              + " (HTTP "
              + refused.getStatusCode().value()
              + ")");
    }
    String what =
        cause instanceof HttpStatusCodeException status
            ? "HTTP " + status.getStatusCode().value() + (isHtml(status) ? ", an HTML page" : "")
            : cause.getClass().getSimpleName();
    return new TransientFailure(
        TransientFailure.Kind.TOKEN_ENDPOINT,
        "the token endpoint did not answer usably (" + what + ")",
        null,
        null);
  }

  private RuntimeException fromTokenEndpoint(String user, OAuth2AuthorizationException e) {
    String code = e.getError().getErrorCode();
    if (OAuth2ErrorCodes.INVALID_GRANT.equals(code)) {
      return new UpworkRelinkRequired(user, "Upwork refused the refresh token (invalid_grant)", e);
    }
    if (UpworkTokenEndpoint.transientError(e)) {
      return new TransientFailure(
          TransientFailure.Kind.TOKEN_ENDPOINT,
          "the token endpoint failed (" + code + ")",
          null,
          e);
    }
    return new UpworkUnauthorized("Upwork's token endpoint refused user " + user + ": " + code);
  }

  /** Adds the user's bearer token and the organization; the token never leaves this method. */
  private ClientHttpResponse authorize(
      HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
    String principal = (String) request.getAttributes().get(PRINCIPAL);
    String user = (String) request.getAttributes().get(USER);
    String token;
    if (request.getAttributes().get(ACCESS_TOKEN) instanceof BearerToken given) {
      token = given.value();
    } else {
      try {
        token =
            tokens
                .accessToken(principal, tokenEndpoint)
                .orElseThrow(
                    () ->
                        new UpworkRelinkRequired(user, "no Upwork authorization is stored", null));
      } catch (UpworkRelinkRequired gone) {
        throw gone;
      } catch (RuntimeException e) {
        throw tokenEndpointFailure(user, e);
      }
    }
    request.getHeaders().setBearerAuth(token);
    Object organization = request.getAttributes().get(ORGANIZATION);
    if (organization != null) {
      request.getHeaders().set(TENANT_HEADER, organization.toString());
    }
    admit(
        (String) request.getAttributes().get(OPERATION_NAME),
        (String) request.getAttributes().get(TENANT));
    return execution.execute(request, body);
  }

  private HttpSyncGraphQlClient graphQlClient(String uri, UpworkClientProperties properties) {
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
    requests.setReadTimeout(properties.readTimeout());
    RestClient rest =
        RestClient.builder().requestFactory(requests).requestInterceptor(this::authorize).build();
    return HttpSyncGraphQlClient.builder(rest).url(uri).build();
  }

  private Retry retry(UpworkClientProperties.Retry settings) {
    IntervalFunction backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            settings.initialBackoff(), 2.0, 0.5, settings.maxBackoff());
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(settings.maxAttempts())
            .retryOnException(TransientFailure.class::isInstance)
            .intervalBiFunction(
                (attempt, outcome) -> {
                  long wait = backoff.apply(attempt);
                  if (outcome.isLeft()
                      && outcome.getLeft() instanceof TransientFailure failure
                      && failure.retryAfter() != null) {
                    wait = Math.max(wait, failure.retryAfter().toMillis());
                  }
                  return wait;
                })
            .build();
    Retry built = Retry.of("upwork", config);
    Counter retries = meters.counter("upwork.client.retries");
    built.getEventPublisher().onRetry(event -> retries.increment());
    return built;
  }

  /**
   * The circuit, its state and calls published as {@code resilience4j.circuitbreaker.*} metrics
   * (name {@code upwork}).
   */
  private static CircuitBreaker circuitBreaker(
      UpworkClientProperties.CircuitBreaker settings, MeterRegistry meters) {
    CircuitBreakerRegistry circuits = CircuitBreakerRegistry.ofDefaults();
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuits).bindTo(meters);
    return circuits.circuitBreaker(
        "upwork",
        CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(settings.window())
            .minimumNumberOfCalls(settings.minimumCalls())
            .failureRateThreshold(settings.failureRatePercent())
            .waitDurationInOpenState(settings.waitInOpenState())
            .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
            .recordException(TransientFailure.class::isInstance)
            // Limits, authorization and GraphQL errors say nothing about Upwork's health.
            .ignoreExceptions(UpworkException.class)
            .build());
  }

  static String operationName(String document, String path) {
    Matcher named = OPERATION.matcher(document);
    return named.find() ? named.group(2) : path;
  }

  /** A token in hand; never printed. */
  private record BearerToken(String value) {
    @Override
    public String toString() {
      return "BearerToken[hidden]";
    }
  }

  private record Call(
      @Nullable String principal,
      String upworkUser,
      @Nullable String organization,
      @Nullable BearerToken accessToken,
      String document,
      Map<String, Object> variables,
      String operation,
      boolean mutation,
      String tenant) {
    String type() {
      return mutation ? "mutation" : "query";
    }
  }
}
