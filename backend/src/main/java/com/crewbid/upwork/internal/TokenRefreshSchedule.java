package com.crewbid.upwork.internal;

import com.crewbid.tenancy.TenantScope;
import com.crewbid.upwork.SealedAuthorizedClients;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.UpworkLinkStatus;
import com.crewbid.upwork.UpworkTokens;
import com.crewbid.upwork.client.UpworkGrantLosses;
import com.crewbid.upwork.client.UpworkThrottled;
import com.crewbid.upwork.client.UpworkTokenEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.stereotype.Component;

/**
 * Keeps idle links alive: Upwork's refresh tokens last 14 days, so a member who does not use
 * Crewbid for two weeks would silently lose the grant. Once an hour, on one replica (ShedLock),
 * every link whose refresh token is older than {@link #REFRESH_AFTER} is refreshed (the new pair
 * stored as by any refresh), at most {@code crewbid.upwork.token-refresh-batch} a run, each through
 * the token endpoint's timeouts and egress rate; a run stops when the rate stops it. A refresh
 * token Upwork refuses ({@code invalid_grant}) marks the link as needing a re-link and tells the
 * member and the owners, as a refusal during use would; other failures are tried again the next
 * hour.
 */
@Component
public class TokenRefreshSchedule {

  public static final String LOCK = "upwork-token-refresh";

  /** Four days before the 14 days end: three more hourly runs a day can still succeed. */
  public static final Duration REFRESH_AFTER = Duration.ofDays(10);

  private static final Logger log = LoggerFactory.getLogger(TokenRefreshSchedule.class);

  private final SealedAuthorizedClients vault;
  private final UpworkTokens tokens;
  private final Links links;
  private final UpworkGrantLosses grantLosses;
  private final TenantScope scope;
  private final Clock clock;
  private final int batch;

  public TokenRefreshSchedule(
      SealedAuthorizedClients vault,
      UpworkTokens tokens,
      Links links,
      UpworkGrantLosses grantLosses,
      TenantScope scope,
      Clock clock,
      @Value("${crewbid.upwork.token-refresh-batch:200}") int batch) {
    this.vault = vault;
    this.tokens = tokens;
    this.links = links;
    this.grantLosses = grantLosses;
    this.scope = scope;
    this.clock = clock;
    this.batch = batch;
  }

  /** What a run did. */
  public record Run(int refreshed, int lost, int failed, boolean throttled) {}

  @Scheduled(cron = "${crewbid.upwork.token-refresh-cron:0 17 * * * *}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT50M", lockAtLeastFor = "PT1M")
  public void refreshIdleGrants() {
    refreshAt(clock.instant());
  }

  /** Refreshes the links whose refresh token was issued more than 10 days before {@code now}. */
  public Run refreshAt(Instant now) {
    Instant cutoff = now.minus(REFRESH_AFTER);
    int refreshed = 0;
    int lost = 0;
    int failed = 0;
    for (SealedAuthorizedClients.MemberGrant grant :
        vault.memberGrantsIssuedBefore(cutoff, batch)) {
      try {
        switch (scope.callAs(grant.tenant(), () -> refresh(grant, cutoff))) {
          case REFRESHED -> refreshed++;
          case LOST -> lost++;
          case FAILED -> failed++;
          case SKIPPED -> {}
        }
      } catch (UpworkThrottled limited) {
        log.info("Scheduled Upwork token refresh stopped by the rate: {}", limited.getMessage());
        return report(new Run(refreshed, lost, failed, true));
      }
    }
    return report(new Run(refreshed, lost, failed, false));
  }

  private enum Outcome {
    REFRESHED,
    LOST,
    FAILED,
    SKIPPED
  }

  private Outcome refresh(SealedAuthorizedClients.MemberGrant grant, Instant cutoff) {
    UpworkLinkRecord link = links.find(grant.member()).orElse(null);
    if (link == null || link.status() != UpworkLinkStatus.LINKED) {
      return Outcome.SKIPPED;
    }
    String principal = SealedAuthorizedClients.memberPrincipal(grant.tenant(), grant.member());
    try {
      return tokens.refreshIfIssuedBefore(principal, cutoff) ? Outcome.REFRESHED : Outcome.SKIPPED;
    } catch (OAuth2AuthorizationException e) {
      if (OAuth2ErrorCodes.INVALID_GRANT.equals(e.getError().getErrorCode())) {
        grantLosses.grantLost(
            new UpworkCaller(
                grant.tenant(), grant.member(), link.upworkUserId(), link.organizationId()),
            "Upwork refused the refresh token (invalid_grant)");
        return Outcome.LOST;
      }
      log.info(
          "Scheduled refresh of member {}'s Upwork token failed ({}); tried again later",
          grant.member(),
          UpworkTokenEndpoint.transientError(e) ? "transient" : e.getError().getErrorCode());
      return Outcome.FAILED;
    } catch (UpworkThrottled limited) {
      throw limited;
    } catch (RuntimeException e) {
      log.info(
          "Scheduled refresh of member {}'s Upwork token failed ({}); tried again later",
          grant.member(),
          e.getClass().getSimpleName());
      return Outcome.FAILED;
    }
  }

  private static Run report(Run run) {
    if (run.refreshed() + run.lost() + run.failed() > 0) {
      log.info(
          "Scheduled Upwork token refresh: {} refreshed, {} lost, {} failed{}",
          run.refreshed(),
          run.lost(),
          run.failed(),
          run.throttled() ? ", stopped by the rate" : "");
    }
    return run;
  }
}
