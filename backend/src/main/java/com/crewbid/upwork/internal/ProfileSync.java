package com.crewbid.upwork.internal;

import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.upwork.UpworkAccounts;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.UpworkLink;
import com.crewbid.upwork.client.UpworkClient;
import com.crewbid.upwork.client.UpworkException;
import com.crewbid.upwork.client.UpworkNotFound;
import com.crewbid.upwork.client.UpworkPermissionDenied;
import com.crewbid.upwork.client.UpworkRelinkRequired;
import com.crewbid.upwork.client.UpworkThrottled;
import com.crewbid.upwork.client.UpworkUnavailable;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Imports a member's Upwork freelancer profile ({@code talentProfileByProfileKey}) into the agency,
 * in the background: {@link #start} marks the link's sync as running and returns at once; the
 * progress (a percentage) and the outcome are on the link. A failure is recorded as the link's last
 * error and leaves the previous profile as it was.
 */
@Service
public class ProfileSync implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ProfileSync.class);

  private final UpworkAccounts accounts;
  private final UpworkClient client;
  private final LinkIdentities identities;
  private final Links links;
  private final Profiles profiles;
  private final TenantScope tenantScope;
  private final Clock clock;
  private final ExecutorService workers =
      Executors.newThreadPerTaskExecutor(
          Thread.ofVirtual().name("upwork-profile-sync-", 0).factory());

  ProfileSync(
      UpworkAccounts accounts,
      UpworkClient client,
      LinkIdentities identities,
      Links links,
      Profiles profiles,
      TenantScope tenantScope,
      Clock clock) {
    this.accounts = accounts;
    this.client = client;
    this.identities = identities;
    this.links = links;
    this.profiles = profiles;
    this.tenantScope = tenantScope;
    this.clock = clock;
  }

  /**
   * Starts importing the member's profile in the current agency.
   *
   * @return the link, its sync running
   * @throws ProblemException upwork-not-linked / upwork-relink-required when the member's link is
   *     not usable; conflict when an import runs already
   */
  public UpworkLink start(UserId member) {
    UpworkCaller caller = accounts.require(member);
    UpworkLink started = links.syncStarted(member).view();
    workers.execute(
        new DelegatingSecurityContextRunnable(
            () -> tenantScope.runAs(caller.tenant(), () -> run(member))));
    return started;
  }

  /**
   * Imports the member's profile again, in the background, when it is older than {@link
   * Profiles#REFRESH_AFTER} (or was purged) while the member's link works: a profile in use stays
   * within Upwork's 24 hours without anyone asking. Failures are recorded on the link as for any
   * import, and a failed one is not tried again within the hour. Must be called inside the member's
   * agency.
   */
  public void refreshIfStale(UserId member) {
    com.crewbid.shared.TenantId tenant =
        com.crewbid.tenancy.TenantContext.require("ProfileSync.refreshIfStale").id();
    workers.execute(
        () ->
            tenantScope.runAs(
                tenant,
                () -> {
                  try {
                    if (stale(member)) {
                      links.syncStarted(member);
                      run(member);
                    }
                  } catch (RuntimeException busyOrGone) {
                    // Another import runs, or the link went: nothing to refresh now.
                  }
                }));
  }

  private boolean stale(UserId member) {
    java.time.Instant now = clock.instant();
    UpworkLinkRecord link = links.find(member).orElse(null);
    if (link == null
        || link.status() != com.crewbid.upwork.UpworkLinkStatus.LINKED
        || link.syncRunningSince(now.minus(Links.STUCK_SYNC))) {
      return false;
    }
    UpworkLink.ProfileSync last = link.view().profileSync();
    if (last.state() == UpworkLink.ProfileSync.State.FAILED
        && last.startedAt() != null
        && last.startedAt().isAfter(now.minus(RETRY_AFTER))) {
      return false;
    }
    return profiles
        .of(member)
        .map(p -> !p.syncedAt().isAfter(now.minus(Profiles.REFRESH_AFTER)))
        .orElse(true);
  }

  /** A refresh of a profile in use is tried at most this often. */
  static final java.time.Duration RETRY_AFTER = java.time.Duration.ofHours(1);

  private void run(UserId member) {
    try {
      UpworkCaller caller = accounts.require(member);
      links.syncProgressed(member, 10);
      UpworkLinkRecord link = links.find(member).orElseThrow();
      String profileKey = link.upworkProfileKey();
      if (profileKey == null) {
        identities.refresh(member);
        profileKey = links.find(member).map(UpworkLinkRecord::upworkProfileKey).orElse(null);
      }
      if (profileKey == null) {
        links.syncFailed(member, "Upwork did not say which freelancer profile is yours.");
        return;
      }
      links.syncProgressed(member, 40);
      TalentProfileAnswer answer =
          client
              .query(
                  caller,
                  UpworkDocuments.TALENT_PROFILE,
                  Map.of("profileKey", profileKey),
                  "talentProfileByProfileKey",
                  TalentProfileAnswer.class)
              .value()
              .orElse(null);
      if (answer == null) {
        links.syncFailed(member, "Upwork has no freelancer profile for your account.");
        return;
      }
      links.syncProgressed(member, 80);
      profiles.store(answer.toProfile(member, caller.upworkUserId(), profileKey, clock.instant()));
      links.syncSucceeded(member);
    } catch (ProblemException e) {
      links.syncFailed(member, e.getMessage());
    } catch (UpworkException e) {
      log.info("Importing the Upwork profile of member {} failed: {}", member, e.getMessage());
      links.syncFailed(member, reason(e));
    } catch (RuntimeException e) {
      log.warn(
          "Importing the Upwork profile of member {} failed unexpectedly: {}",
          member,
          e.getClass().getSimpleName());
      links.syncFailed(member, "The import failed on our side. Try again later.");
    }
  }

  /** In words for the member; the exception's message may hold Upwork's own texts. */
  static String reason(UpworkException e) {
    return switch (e) {
      case UpworkRelinkRequired gone ->
          "Upwork no longer accepts your linked account. Link it again.";
      case UpworkThrottled throttled -> "Upwork's limits are reached for now. Try again later.";
      case UpworkUnavailable unavailable -> "Upwork did not answer. Try again in a moment.";
      case UpworkPermissionDenied denied -> "Upwork does not let this account read the profile.";
      case UpworkNotFound notFound -> "Upwork has no freelancer profile for your account.";
      default -> "Upwork refused the import.";
    };
  }

  @Override
  public void destroy() {
    workers.shutdownNow();
  }
}
