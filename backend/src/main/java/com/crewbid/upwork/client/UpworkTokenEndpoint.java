package com.crewbid.upwork.client;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * How Crewbid calls Upwork's token endpoint (code exchanges and refreshes): with the client's
 * connect and read timeouts, and each request taking a slot of the egress IP's rate, like every
 * GraphQL request, since Upwork counts both against the same per-IP limit. The clients it makes are
 * Spring Security's, with their converters and OAuth 2.0 error handling.
 *
 * <p>Failures surface as Spring Security and Spring Web throw them ({@code
 * OAuth2AuthorizationException} for an OAuth error, {@code RestClientException} for a timeout, an
 * HTML page or broken JSON), or as {@link UpworkThrottled} when no rate slot came in time.
 */
public final class UpworkTokenEndpoint implements AutoCloseable {

  private final RestClient rest;
  private final EgressRateLimit rate;
  private final boolean ownsRate;

  /** With a rate limit of its own (in the same Redis bucket as every client of the egress). */
  UpworkTokenEndpoint(UpworkClientProperties properties, RedisClient redis, MeterRegistry meters) {
    this(
        properties.connectTimeout(),
        properties.readTimeout(),
        new EgressRateLimit(
            redis,
            properties.egressId(),
            properties.requestsPerSecond(),
            properties.maxThrottleWait()),
        true,
        meters);
  }

  UpworkTokenEndpoint(
      Duration connectTimeout,
      Duration readTimeout,
      EgressRateLimit rate,
      boolean ownsRate,
      MeterRegistry meters) {
    this.rate = rate;
    this.ownsRate = ownsRate;
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(connectTimeout).build());
    requests.setReadTimeout(readTimeout);
    this.rest =
        RestClient.builder()
            .requestFactory(requests)
            .configureMessageConverters(
                converters ->
                    converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
            .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
            .requestInterceptor(
                (request, body, execution) -> limited(request, body, execution, rate, meters))
            .build();
  }

  /**
   * Whether an OAuth error of the token endpoint is worth trying again later: an answer that was
   * not a token response (Spring Security's {@code invalid_token_response}: a timeout, an HTML
   * page, broken JSON), {@code server_error}, {@code temporarily_unavailable}.
   */
  public static boolean transientError(OAuth2AuthorizationException e) {
    String code = e.getError().getErrorCode();
    return "invalid_token_response".equals(code)
        || OAuth2ErrorCodes.SERVER_ERROR.equals(code)
        || OAuth2ErrorCodes.TEMPORARILY_UNAVAILABLE.equals(code);
  }

  @Override
  public void close() {
    if (ownsRate) {
      rate.close();
    }
  }

  /** Refreshes tokens through this endpoint. */
  public RestClientRefreshTokenTokenResponseClient refreshes() {
    RestClientRefreshTokenTokenResponseClient client =
        new RestClientRefreshTokenTokenResponseClient();
    client.setRestClient(rest);
    return client;
  }

  /** Exchanges authorization codes through this endpoint. */
  public RestClientAuthorizationCodeTokenResponseClient codeExchanges() {
    RestClientAuthorizationCodeTokenResponseClient client =
        new RestClientAuthorizationCodeTokenResponseClient();
    client.setRestClient(rest);
    return client;
  }

  private static ClientHttpResponse limited(
      HttpRequest request,
      byte[] body,
      ClientHttpRequestExecution execution,
      EgressRateLimit rate,
      MeterRegistry meters)
      throws IOException {
    boolean slot;
    try {
      slot = rate.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpworkThrottled("token: interrupted while waiting for a slot", Duration.ZERO);
    }
    if (!slot) {
      meters.counter("upwork.client.throttled", "limit", "rate").increment();
      throw new UpworkThrottled(
          "token: no slot of the egress rate within " + rate.maxWait(), rate.maxWait());
    }
    Timer.Sample sample = Timer.start(meters);
    String outcome = "failure";
    try {
      ClientHttpResponse response = execution.execute(request, body);
      outcome = String.valueOf(response.getStatusCode().value());
      return response;
    } finally {
      sample.stop(meters.timer("upwork.client.token.requests", "status", outcome));
    }
  }
}
