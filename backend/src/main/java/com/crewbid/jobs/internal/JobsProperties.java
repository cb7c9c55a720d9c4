package com.crewbid.jobs.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of job fetching and caching ({@code crewbid.jobs.*}).
 *
 * @param fetchPages pages of results asked from Upwork per search (Upwork answers about ten a page)
 * @param cacheMaxAge how long fetched Upwork content may be kept and shown; Upwork's terms allow 24
 *     hours at most, so more is refused at start-up
 * @param refreshBatch saved searches refreshed per scheduler run at most, across all agencies
 * @param purgeCron when the purge runs ({@code -} turns the schedule off; tests call it directly)
 * @param refreshCron when due saved searches are refreshed ({@code -} turns the schedule off)
 */
@ConfigurationProperties("crewbid.jobs")
public record JobsProperties(
    @DefaultValue("3") int fetchPages,
    @DefaultValue("PT24H") Duration cacheMaxAge,
    @DefaultValue("20") int refreshBatch,
    @DefaultValue("0 */5 * * * *") String purgeCron,
    @DefaultValue("30 * * * * *") String refreshCron) {

  static final Duration UPWORK_CACHE_LIMIT = Duration.ofHours(24);

  public JobsProperties {
    if (fetchPages < 1 || fetchPages > 10) {
      throw new IllegalArgumentException("crewbid.jobs.fetch-pages must be between 1 and 10");
    }
    if (cacheMaxAge.isNegative()
        || cacheMaxAge.isZero()
        || cacheMaxAge.compareTo(UPWORK_CACHE_LIMIT) > 0) {
      throw new IllegalArgumentException(
          "crewbid.jobs.cache-max-age must be positive and at most 24 hours (Upwork's terms)");
    }
    if (refreshBatch < 1) {
      throw new IllegalArgumentException("crewbid.jobs.refresh-batch must be at least 1");
    }
  }
}
