package com.crewbid.upwork.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.UpworkConsent;
import com.crewbid.upwork.SealedAuthorizedClients;
import com.crewbid.upwork.UpworkTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The client against the real sandbox on this server, with the sandbox's fault injection. */
@IntegrationTest
class UpworkClientIT {

  static final String PRIYA = "1638473311920246784";
  static final String OLENA_PERSONAL_ORG = "1638472950125133825";
  static final String WHO_AM_I = "query WhoAmI { user { id name } }";
  static final String CONTROL = "/upwork-sandbox/_control";

  /** The egress id the application's own client uses (crewbid.upwork.client.egress-id). */
  static final String APP_EGRESS = "default";

  static final UpworkClientProperties.CircuitBreaker DEFAULT_CIRCUIT =
      new UpworkClientProperties.CircuitBreaker(50, 20, 10, Duration.ofSeconds(30), 3);

  @LocalServerPort int port;
  @Autowired UpworkTokens tokens;
  @Autowired RedisConnectionFactory redis;
  @Autowired UpworkClient configured;
  @Autowired SealedAuthorizedClients vault;
  @Autowired StringRedisTemplate redisTemplate;
  @Autowired MeterRegistry appMeters;

  private final List<UpworkClient> opened = new ArrayList<>();
  private SimpleMeterRegistry meters;

  @BeforeEach
  void signInPriya() {
    control().delete(CONTROL);
    UpworkConsent.signIn(new ApiClient(port), "Priya");
    meters = new SimpleMeterRegistry();
  }

  @AfterEach
  void resetSandbox() {
    opened.forEach(UpworkClient::close);
    control().delete(CONTROL);
  }

  @Test
  void whenPriyaAsksWhoSheIsThenTheConfiguredClientAnswers() {
    UpworkResult<Map> me = configured.query(PRIYA, null, WHO_AM_I, null, "user", Map.class);

    assertThat(me.data()).containsEntry("id", PRIYA);
    assertThat(me.errors()).isEmpty();
  }

  @Test
  void whenUpworkAnswers429ThenTheQueryWaitsRetryAfterAndSucceeds() {
    fault("RATE_LIMITED", 3, Map.of("retryAfterSeconds", 1));
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 4));

    long started = System.nanoTime();
    UpworkResult<Map> me = client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class);

    assertThat(me.data()).containsEntry("id", PRIYA);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    assertThat(meters.counter("upwork.client.retries").count()).isEqualTo(3);
  }

  @Test
  void whenUpworkKeepsAnswering429ThenAttemptsAreBoundedAndTheCallerIsTold() {
    fault("RATE_LIMITED", 5, Map.of("retryAfterSeconds", 1));
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 4));

    assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkThrottled.class);
    assertThat(rawGraphQlStatus()).as("the fifth 429 was not used").isEqualTo(429);
  }

  @Test
  void whenUpworkFailsWith5xxThenTheQueryIsRetriedAndSucceeds() {
    fault("SERVER_ERROR", 2, Map.of());
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 4));

    assertThat(client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class).data())
        .containsEntry("id", PRIYA);
    assertThat(meters.counter("upwork.client.retries").count()).isEqualTo(2);
  }

  @Test
  void whenUpworkAnswersSlowerThanTheReadTimeoutThenTheAttemptTimesOutAndIsRetried() {
    fault("LATENCY", 1, Map.of("delayMillis", 1500));
    UpworkClientProperties settings =
        settings(UUID.randomUUID().toString(), 50, 4, Duration.ofMillis(400), DEFAULT_CIRCUIT);
    UpworkClient client = client(settings);

    long started = System.nanoTime();
    assertThat(client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class).data())
        .containsEntry("id", PRIYA);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
    assertThat(meters.counter("upwork.client.retries").count()).isEqualTo(1);
  }

  @Test
  void whenAnswersAreMalformedOrTheBotPageOnEveryAttemptThenUnavailableAndTheNextCallWorks() {
    fault("MALFORMED_JSON", 2, Map.of());
    fault("HTML_PAGE", 2, Map.of());
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 4));

    assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkUnavailable.class)
        .hasMessageContaining("WhoAmI")
        .hasMessageContaining("HTML");
    assertThat(meters.counter("upwork.client.retries").count()).isEqualTo(3);
    assertThat(client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class).data())
        .containsEntry("id", PRIYA);
  }

  @Test
  void whenUpworkAnswersJsonOfTheWrongShapeThenUnreadableNotRetriedAndCountedAsAnError() {
    fault("WRONG_SHAPE", 1, Map.of());
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 4));

    assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkUnreadableAnswer.class)
        .hasMessageContaining("WhoAmI")
        .satisfies(e -> assertThat(((UpworkException) e).transientFailure()).isFalse());
    assertThat(meters.counter("upwork.client.retries").count()).isZero();
    assertThat(
            meters
                .counter(
                    "upwork.client.errors", "operation", "WhoAmI", "kind", "UpworkUnreadableAnswer")
                .count())
        .isEqualTo(1);
    assertThat(
            meters
                .timer("upwork.client.requests", "operation", "WhoAmI", "outcome", "success")
                .count())
        .isZero();
    assertThat(client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class).data())
        .containsEntry("id", PRIYA);
  }

  @Test
  void whenCallsSucceedOrFailThenCallsTimingsAndErrorsByKindAreCounted() {
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 2));

    client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class);
    fault("SERVER_ERROR", 2, Map.of());
    assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkUnavailable.class);
    fault("RATE_LIMITED", 2, Map.of("retryAfterSeconds", 1));
    assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkThrottled.class);

    assertThat(
            meters.counter("upwork.client.calls", "operation", "WhoAmI", "type", "query").count())
        .isEqualTo(3);
    assertThat(errors("UpworkUnavailable")).isEqualTo(1);
    assertThat(errors("UpworkThrottled")).isEqualTo(1);
    assertThat(
            meters
                .timer("upwork.client.requests", "operation", "WhoAmI", "outcome", "success")
                .count())
        .isEqualTo(1);
    assertThat(
            meters
                .timer(
                    "upwork.client.requests", "operation", "WhoAmI", "outcome", "UpworkUnavailable")
                .count())
        .isEqualTo(1);
    assertThat(meters.counter("upwork.client.retries").count()).isEqualTo(2);
  }

  @Test
  void whenNoSlotComesInTimeThenTheCallIsThrottledByTheRateAndCounted() throws Exception {
    UpworkClient client =
        client(
            settings(
                UUID.randomUUID().toString(),
                1,
                1,
                Duration.ofSeconds(5),
                DEFAULT_CIRCUIT,
                Duration.ofMillis(100),
                100_000));

    List<Throwable> failures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        calls.add(pool.submit(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class)));
      }
      for (Future<?> call : calls) {
        try {
          call.get();
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add(e.getCause());
        }
      }
    }

    assertThat(failures).isNotEmpty().allMatch(UpworkThrottled.class::isInstance);
    assertThat(meters.counter("upwork.client.throttled", "limit", "rate").count())
        .isEqualTo(failures.size());
    assertThat(errors("UpworkThrottled")).isEqualTo(failures.size());
  }

  @Test
  void whenTheDailyBudgetIsSpentThenTheCallIsThrottledByTheBudgetAndCounted() {
    UpworkClient client =
        client(
            settings(
                UUID.randomUUID().toString(),
                50,
                1,
                Duration.ofSeconds(5),
                DEFAULT_CIRCUIT,
                Duration.ofSeconds(5),
                1));

    client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class);
    assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkThrottled.class)
        .hasMessageContaining("daily budget");

    assertThat(meters.counter("upwork.client.throttled", "limit", "key_exhausted").count())
        .isEqualTo(1);
  }

  @Test
  void whenTheCircuitOpensThenItsStateIsAMetric() {
    UpworkClient client =
        client(
            settings(
                UUID.randomUUID().toString(),
                50,
                1,
                Duration.ofSeconds(5),
                new UpworkClientProperties.CircuitBreaker(50, 4, 2, Duration.ofSeconds(30), 1)));
    assertThat(circuitState("closed")).isEqualTo(1);
    fault("SERVER_ERROR", 2, Map.of());
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
          .isInstanceOf(UpworkUnavailable.class);
    }

    assertThat(circuitState("open")).isEqualTo(1);
    assertThat(circuitState("closed")).isZero();
  }

  private double circuitState(String state) {
    return meters
        .get("resilience4j.circuitbreaker.state")
        .tags("name", "upwork", "state", state)
        .gauge()
        .value();
  }

  private double errors(String kind) {
    return meters.counter("upwork.client.errors", "operation", "WhoAmI", "kind", kind).count();
  }

  @Test
  void whenPriyasTokensAreRevokedThenSheMustRelinkAndNoMessageHoldsAToken() {
    String accessToken = tokens.accessToken(PRIYA).orElseThrow();
    control().postJson(CONTROL + "/users/" + PRIYA + "/revoke-tokens", Map.of());
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 4));

    assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkRelinkRequired.class)
        .hasMessageContaining(PRIYA)
        .hasMessageNotContaining(accessToken);
    assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkRelinkRequired.class);
  }

  @Test
  void whenFailuresRepeatThenTheCircuitOpensAndClosesAfterTheWait() throws Exception {
    UpworkClientProperties settings =
        settings(
            UUID.randomUUID().toString(),
            50,
            1,
            Duration.ofSeconds(5),
            new UpworkClientProperties.CircuitBreaker(50, 4, 2, Duration.ofMillis(500), 1));
    UpworkClient client = client(settings);
    fault("SERVER_ERROR", 2, Map.of());
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
          .isInstanceOf(UpworkUnavailable.class);
    }
    assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

    fault("SERVER_ERROR", 1, Map.of());
    assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkUnavailable.class)
        .hasMessageContaining("circuit open");
    assertThat(rawGraphQlStatus()).as("the open circuit sent nothing").isEqualTo(500);

    Thread.sleep(600);
    assertThat(client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class).data())
        .containsEntry("id", PRIYA);
    assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void whenAMutationFailsTransientlyThenItIsNotRetried() {
    fault("SERVER_ERROR", 2, Map.of());
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 4));

    assertThatThrownBy(
            () ->
                client.query(
                    PRIYA,
                    null,
                    "mutation Send { createRoomStoryV2(input: {roomId: \"r\", message: \"hi\"}) { id } }",
                    null,
                    "createRoomStoryV2",
                    Map.class))
        .isInstanceOf(UpworkUnavailable.class);
    assertThat(meters.counter("upwork.client.retries").count()).isZero();
    assertThat(rawGraphQlStatus()).as("the second fault is still queued").isEqualTo(500);
  }

  static final String MUTATION =
      "mutation Send { createRoomStoryV2(input: {roomId: \"r\", message: \"hi\"}) { id } }";

  @Test
  void whenAMutationsAnswerIsLostThenTheFailureSaysItMayHaveTakenEffectUnlikeAnErrorStatus() {
    UpworkClient slow =
        client(
            settings(UUID.randomUUID().toString(), 50, 4, Duration.ofMillis(400), DEFAULT_CIRCUIT));
    fault("LATENCY", 1, Map.of("delayMillis", 1500));
    assertThatThrownBy(
            () -> slow.query(PRIYA, null, MUTATION, null, "createRoomStoryV2", Map.class))
        .isInstanceOfSatisfying(
            UpworkUnavailable.class,
            lost -> assertThat(lost.mayHaveTakenEffect()).as("timed out after it left").isTrue());

    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 4));
    fault("MALFORMED_JSON", 1, Map.of());
    assertThatThrownBy(
            () -> client.query(PRIYA, null, MUTATION, null, "createRoomStoryV2", Map.class))
        .isInstanceOfSatisfying(
            UpworkUnavailable.class,
            unreadable -> assertThat(unreadable.mayHaveTakenEffect()).isTrue());
    for (String refused : List.of("SERVER_ERROR", "HTML_PAGE")) {
      fault(refused, 1, Map.of());
      assertThatThrownBy(
              () -> client.query(PRIYA, null, MUTATION, null, "createRoomStoryV2", Map.class))
          .as(refused)
          .isInstanceOfSatisfying(
              UpworkUnavailable.class, failed -> assertThat(failed.mayHaveTakenEffect()).isFalse());
    }
  }

  @Test
  void whenAnotherFieldFailsThenTheDataAskedForIsKeptWithTheError() {
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 4));
    String document = "query Both { organization { id } user { id timeReport { __typename } } }";

    UpworkResult<Map> organization =
        client.query(PRIYA, null, document, null, "organization", Map.class);

    assertThat(organization.data()).containsKey("id");
    assertThat(organization.partial()).isTrue();
    assertThat(organization.errors().getFirst().path()).containsExactly("user", "timeReport");
    assertThatThrownBy(() -> client.query(PRIYA, null, document, null, "user", Map.class))
        .isInstanceOf(UpworkGraphQlError.class);
  }

  @Test
  void whenTheOrganizationIsNotPriyasThenPermissionDenied() {
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 4));

    assertThatThrownBy(
            () -> client.query(PRIYA, OLENA_PERSONAL_ORG, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkPermissionDenied.class);
  }

  @Test
  void whenManyCallersShareOneClientThenTheSandboxNeverSeesMoreThanTheLimit() throws Exception {
    limitSandbox(5);
    // The application's egress: the sign-in before the test took slots of it too.
    UpworkClient client = client(settings(APP_EGRESS, 5, 1));
    java.time.Instant started = java.time.Instant.now();

    Duration took = fire(List.of(client), 40, 8);

    assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    assertThat(meters.counter("upwork.client.retries").count()).isZero();
    assertThat(UpworkRateAcrossInstancesIT.busiestSecond(arrivalsSince(started)))
        .isLessThanOrEqualTo(5);
  }

  @Test
  void whenTwoClientsShareAnEgressThenTheirRequestsTogetherStayWithinTheLimit() throws Exception {
    limitSandbox(5);
    UpworkClient first = client(settings(APP_EGRESS, 5, 1));
    UpworkClient second = client(settings(APP_EGRESS, 5, 1));
    java.time.Instant started = java.time.Instant.now();

    Duration took = fire(List.of(first, second), 40, 8);

    assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    assertThat(UpworkRateAcrossInstancesIT.busiestSecond(arrivalsSince(started)))
        .isLessThanOrEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"LATENCY", "HTML_PAGE", "SERVER_ERROR", "MALFORMED_JSON"})
  void whenTheTokenEndpointFailsDuringARefreshThenTheCallIsTransientAndTheStoredTokensStay(
      String kind) {
    UpworkClient client =
        client(
            settings(UUID.randomUUID().toString(), 50, 2, Duration.ofMillis(600), DEFAULT_CIRCUIT));
    String storedBefore = tokens.accessToken(PRIYA).orElseThrow();
    expireAccessTokensAtTheSandbox();
    fault("TOKEN", kind, 2, Map.of("delayMillis", 2000));

    assertThatThrownBy(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class))
        .isInstanceOf(UpworkUnavailable.class)
        .hasMessageContaining("token endpoint")
        .satisfies(e -> assertThat(((UpworkException) e).transientFailure()).isTrue());
    assertThat(meters.counter("upwork.client.retries").count()).isEqualTo(1);
    assertThat(vault.holds("upwork", PRIYA)).as("the grant is kept").isTrue();

    assertThat(client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class).data())
        .as("the next call refreshes and works")
        .containsEntry("id", PRIYA);
    assertThat(tokens.accessToken(PRIYA).orElseThrow()).isNotEqualTo(storedBefore);
  }

  @Test
  void whenA401LeadsToARefreshThenTheSecondRequestSpendsItsOwnBudgetUnit() {
    String apiKey = "test-key-" + UUID.randomUUID();
    UpworkClient client = client(settings(UUID.randomUUID().toString(), 50, 1), apiKey);
    expireAccessTokensAtTheSandbox();

    assertThat(client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class).data())
        .containsEntry("id", PRIYA);

    assertThat(spentToday(apiKey))
        .as("the rejected request and the one after the refresh")
        .isEqualTo(2);
    assertThat(client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class).data())
        .containsEntry("id", PRIYA);
    assertThat(spentToday(apiKey)).isEqualTo(3);
  }

  @Test
  void whenSigningInWithUpworkThenWhoSignedInIsAskedThroughTheClientWithItsRetries() {
    double before = callsOf("CrewbidSignInUser");
    fault("SERVER_ERROR", 1, Map.of());

    String landed = UpworkConsent.signIn(new ApiClient(port), "Priya");

    assertThat(landed).doesNotContain("error=");
    assertThat(callsOf("CrewbidSignInUser")).isEqualTo(before + 1);
  }

  private double callsOf(String operation) {
    var counter = appMeters.find("upwork.client.calls").tag("operation", operation).counter();
    return counter == null ? 0 : counter.count();
  }

  private long spentToday(String apiKey) {
    Object spent =
        redisTemplate
            .opsForHash()
            .get(
                DailyBudget.KEY_PREFIX
                    + apiKey
                    + ":"
                    + java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                UpworkClient.NO_TENANT);
    return spent == null ? 0 : Long.parseLong(spent.toString());
  }

  /** Moves the sandbox a day on: Upwork rejects the stored access token (401), not the refresh. */
  private void expireAccessTokensAtTheSandbox() {
    assertThat(control().postJson(CONTROL + "/clock", Map.of("advanceBy", "PT25H")).status())
        .isEqualTo(200);
  }

  /** Fires queries from threads, alternating clients; any 429 fails (one attempt each). */
  private Duration fire(List<UpworkClient> clients, int queries, int threads) throws Exception {
    long started = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<UpworkResult<Map>>> answers = new ArrayList<>();
      for (int i = 0; i < queries; i++) {
        UpworkClient client = clients.get(i % clients.size());
        answers.add(
            pool.submit(() -> client.query(PRIYA, null, WHO_AM_I, null, "user", Map.class)));
      }
      for (Future<UpworkResult<Map>> answer : answers) {
        assertThat(answer.get().data()).containsEntry("id", PRIYA);
      }
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private UpworkClient client(UpworkClientProperties settings) {
    return client(settings, "test-key-" + UUID.randomUUID());
  }

  private UpworkClient client(UpworkClientProperties settings, String apiKey) {
    UpworkClient client =
        new UpworkClient(
            tokens,
            (caller, reason) -> {},
            () -> "http://localhost:" + port + "/upwork-sandbox/graphql",
            settings,
            UpworkClientConfiguration.lettuce(redis),
            apiKey,
            meters);
    opened.add(client);
    return client;
  }

  static UpworkClientProperties settings(String egress, int perSecond, int attempts) {
    return settings(egress, perSecond, attempts, Duration.ofSeconds(5), DEFAULT_CIRCUIT);
  }

  static UpworkClientProperties settings(
      String egress,
      int perSecond,
      int attempts,
      Duration readTimeout,
      UpworkClientProperties.CircuitBreaker circuit) {
    return settings(
        egress, perSecond, attempts, readTimeout, circuit, Duration.ofSeconds(15), 100_000);
  }

  static UpworkClientProperties settings(
      String egress,
      int perSecond,
      int attempts,
      Duration readTimeout,
      UpworkClientProperties.CircuitBreaker circuit,
      Duration maxThrottleWait,
      long dailyBudget) {
    return new UpworkClientProperties(
        perSecond,
        egress,
        maxThrottleWait,
        dailyBudget,
        Duration.ofSeconds(2),
        readTimeout,
        new UpworkClientProperties.Retry(attempts, Duration.ofMillis(50), Duration.ofSeconds(2)),
        circuit);
  }

  private List<Long> arrivalsSince(java.time.Instant since) {
    List<Long> arrivals = new ArrayList<>();
    control()
        .get(CONTROL + "/traffic?since=" + since)
        .json()
        .path("arrivalsMicros")
        .forEach(t -> arrivals.add(t.asLong()));
    return arrivals;
  }

  private ApiClient control() {
    return new ApiClient(port).withoutCsrf();
  }

  private void fault(String kind, int count, Map<String, Object> extra) {
    fault("GRAPHQL", kind, count, extra);
  }

  private void fault(String target, String kind, int count, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>(extra);
    body.put("target", target);
    body.put("kind", kind);
    body.put("count", count);
    assertThat(control().postJson(CONTROL + "/faults", body).status()).isEqualTo(204);
  }

  private void limitSandbox(int perSecond) {
    assertThat(
            control()
                .putJson(CONTROL + "/rate-limit", Map.of("requestsPerSecond", perSecond))
                .status())
        .isEqualTo(204);
  }

  /** One request straight to the sandbox, bypassing the client: shows what is still queued. */
  private int rawGraphQlStatus() {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + port + "/upwork-sandbox/graphql"))
                  .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ user { id } }\"}"))
                  .header("Content-Type", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
