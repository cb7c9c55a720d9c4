package com.crewbid.upwork.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and resilience of calls to Upwork ({@code crewbid.upwork.client.*}).
 *
 * @param requestsPerSecond requests per second from this egress IP, shared by all replicas
 * @param egressId names the egress IP: replicas behind one IP share one bucket
 * @param maxThrottleWait how long a caller waits for a slot before {@link UpworkThrottled}
 * @param dailyBudget requests per day for the API key, shared between tenants (see {@link
 *     DailyBudget})
 */
@ConfigurationProperties("crewbid.upwork.client")
record UpworkClientProperties(
    @DefaultValue("5") int requestsPerSecond,
    @DefaultValue("default") String egressId,
    @DefaultValue("PT10S") Duration maxThrottleWait,
    @DefaultValue("40000") long dailyBudget,
    @DefaultValue("PT5S") Duration connectTimeout,
    @DefaultValue("PT30S") Duration readTimeout,
    @DefaultValue Retry retry,
    @DefaultValue CircuitBreaker circuitBreaker) {

  /**
   * Retries of queries (never of mutations): exponential backoff from {@code initialBackoff} with
   * ±50 % jitter, at most {@code maxBackoff}; a {@code Retry-After} longer than that is not waited
   * for but reported.
   */
  record Retry(
      @DefaultValue("4") int maxAttempts,
      @DefaultValue("PT0.5S") Duration initialBackoff,
      @DefaultValue("PT8S") Duration maxBackoff) {}

  /**
   * Opens when {@code failureRatePercent} of the last {@code window} calls (at least {@code
   * minimumCalls}) failed transiently; lets {@code halfOpenCalls} through after {@code
   * waitInOpenState}.
   */
  record CircuitBreaker(
      @DefaultValue("50") float failureRatePercent,
      @DefaultValue("20") int window,
      @DefaultValue("10") int minimumCalls,
      @DefaultValue("PT30S") Duration waitInOpenState,
      @DefaultValue("3") int halfOpenCalls) {}
}
