package com.crewbid.upwork.internal;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.TenantContext;
import com.crewbid.upwork.SealedAuthorizedClients;
import com.crewbid.upwork.UpworkLink;
import com.crewbid.upwork.UpworkLinkStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of a member's link in the current agency, each in one transaction with the vault, so
 * a link and its tokens never disagree for long: linking moves the verified tokens in, unlinking
 * and forgetting remove them.
 */
@Service
public class Links {

  static final String REGISTRATION = "upwork";

  /** A sync "running" for longer than this was cut off (a restart) and may start again. */
  static final java.time.Duration STUCK_SYNC = java.time.Duration.ofMinutes(10);

  private final UpworkLinkRecords links;
  private final SealedAuthorizedClients vault;
  private final Profiles profiles;
  private final Clock clock;

  Links(UpworkLinkRecords links, SealedAuthorizedClients vault, Profiles profiles, Clock clock) {
    this.links = links;
    this.vault = vault;
    this.profiles = profiles;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<UpworkLinkRecord> find(UserId member) {
    return links.findById(member.value());
  }

  @Transactional(readOnly = true)
  public List<UpworkLinkRecord> all() {
    return links.findAll();
  }

  /** Whether the vault holds tokens for the member's link. */
  public boolean holdsTokens(UserId member) {
    return vault.holds(REGISTRATION, SealedAuthorizedClients.memberPrincipal(tenant(), member));
  }

  /**
   * Makes the tokens of a "Sign in with Upwork" (kept under the Upwork user id) the member's link,
   * unless the member unlinked on purpose, their link names another Upwork account, or another
   * member of the agency acts with this one. A link to the same account gets the fresh tokens (and
   * is usable again if it was broken).
   *
   * @return whether the tokens were moved into the link
   */
  @Transactional
  public boolean adoptSignIn(UserId member, String upworkUserId) {
    Optional<UpworkLinkRecord> existing = links.findById(member.value());
    if (existing.isPresent()
        && (existing.get().status() == UpworkLinkStatus.UNLINKED
            || !existing.get().upworkUserId().equals(upworkUserId))) {
      return false;
    }
    if (usedByAnother(member, upworkUserId)) {
      return false;
    }
    if (!vault.move(REGISTRATION, upworkUserId, memberPrincipal(member))) {
      return false;
    }
    UpworkLinkRecord link = existing.orElseGet(() -> UpworkLinkRecord.of(member, upworkUserId));
    link.linked(upworkUserId, null, null, clock.instant());
    links.saveAndFlush(link);
    return true;
  }

  /**
   * Links the member to the Upwork account that Upwork verified for the tokens staged under {@code
   * stagingPrincipal}, moving them into the link (replacing earlier ones).
   *
   * @throws ProblemException upwork-account-in-use when another member of the agency acts with that
   *     account
   */
  @Transactional
  public UpworkLinkRecord linkVerified(
      UserId member,
      String stagingPrincipal,
      String upworkUserId,
      @Nullable String name,
      @Nullable String profileKey) {
    if (usedByAnother(member, upworkUserId)) {
      throw new ProblemException(
          ProblemType.UPWORK_ACCOUNT_IN_USE,
          "This Upwork account is already linked to another member of the agency. Each member"
              + " links their own Upwork account.");
    }
    UpworkLinkRecord link =
        links.findById(member.value()).orElseGet(() -> UpworkLinkRecord.of(member, upworkUserId));
    if (!vault.move(REGISTRATION, stagingPrincipal, memberPrincipal(member))) {
      throw new IllegalStateException("The verified tokens of the link were not staged");
    }
    link.linked(upworkUserId, name, profileKey, clock.instant());
    return links.saveAndFlush(link);
  }

  /** Records who Upwork says the link's account is (name, profile key). */
  @Transactional
  public void identified(UserId member, @Nullable String name, @Nullable String profileKey) {
    links
        .findById(member.value())
        .ifPresent(
            link -> {
              link.identified(name, profileKey, clock.instant());
              links.saveAndFlush(link);
            });
  }

  /**
   * Upwork said the link's authorization is gone: marks the link, in a transaction of its own so
   * that the mark survives the caller's failure.
   *
   * @return the link when it was usable until now (so people are told once), else empty
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Optional<UpworkLinkRecord> broke(UserId member, String reason) {
    Optional<UpworkLinkRecord> link = links.findById(member.value());
    if (link.isEmpty()) {
      return Optional.empty();
    }
    boolean wasLinked = link.get().broke(reason, clock.instant());
    links.saveAndFlush(link.get());
    return wasLinked ? link : Optional.empty();
  }

  /**
   * The member unlinks: the tokens leave the vault and the imported profile is deleted (Upwork
   * content, imported for this link); the link stays as unlinked.
   *
   * @return the link; empty when nothing was linked
   */
  @Transactional
  public Optional<UpworkLinkRecord> unlink(UserId member) {
    Optional<UpworkLinkRecord> link =
        links.findById(member.value()).filter(l -> l.status() != UpworkLinkStatus.UNLINKED);
    link.ifPresent(
        l -> {
          vault.removeMember(tenant(), member);
          profiles.forget(member);
          l.unlinked(clock.instant());
          links.saveAndFlush(l);
        });
    return link;
  }

  /** The member left the agency: the link, its profile and its tokens go. */
  @Transactional
  public boolean forget(UserId member) {
    vault.removeMember(tenant(), member);
    Optional<UpworkLinkRecord> link = links.findById(member.value());
    link.ifPresent(
        l -> {
          links.delete(l);
          links.flush();
        });
    return link.isPresent();
  }

  /**
   * Sets the Upwork organization the member acts in (null: their personal one).
   *
   * @throws ProblemException stale-version when the link changed since {@code expectedVersion}
   */
  @Transactional
  public UpworkLinkRecord organizationChosen(
      UserId member, long expectedVersion, UpworkLink.@Nullable Organization organization) {
    UpworkLinkRecord link = load(member);
    requireVersion(link, expectedVersion);
    link.organizationChosen(organization, clock.instant());
    return links.saveAndFlush(link);
  }

  /** Notes that a manager asked the member to link again; empty when they never linked. */
  @Transactional
  public Optional<UpworkLinkRecord> relinkRequested(UserId member) {
    return links
        .findById(member.value())
        .map(
            link -> {
              link.relinkRequested(clock.instant());
              return links.saveAndFlush(link);
            });
  }

  /**
   * Marks the start of a profile import.
   *
   * @throws ProblemException conflict when one is running already (and not stuck)
   */
  @Transactional
  public UpworkLinkRecord syncStarted(UserId member) {
    UpworkLinkRecord link = load(member);
    if (link.syncRunningSince(clock.instant().minus(STUCK_SYNC))) {
      throw ProblemException.conflict(
          "Your Upwork profile is being imported already. Wait until it is done.");
    }
    link.syncStarted(clock.instant());
    return links.saveAndFlush(link);
  }

  @Transactional
  public void syncProgressed(UserId member, int percent) {
    links
        .findById(member.value())
        .ifPresent(
            link -> {
              link.syncProgressed(percent, clock.instant());
              links.saveAndFlush(link);
            });
  }

  @Transactional
  public void syncSucceeded(UserId member) {
    links
        .findById(member.value())
        .ifPresent(
            link -> {
              link.syncSucceeded(clock.instant());
              links.saveAndFlush(link);
            });
  }

  @Transactional
  public void syncFailed(UserId member, String reason) {
    links
        .findById(member.value())
        .ifPresent(
            link -> {
              link.syncFailed(reason, clock.instant());
              links.saveAndFlush(link);
            });
  }

  private UpworkLinkRecord load(UserId member) {
    return links
        .findById(member.value())
        .filter(link -> link.status() != UpworkLinkStatus.UNLINKED)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.UPWORK_NOT_LINKED, "Link your Upwork account first."));
  }

  private static void requireVersion(UpworkLinkRecord link, long expectedVersion) {
    if (link.version() != expectedVersion) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "Your Upwork link changed in the meantime (now version "
              + link.version()
              + "). Reload and choose again.");
    }
  }

  private boolean usedByAnother(UserId member, String upworkUserId) {
    return links.findByUpworkUserIdAndStatusNot(upworkUserId, UpworkLinkStatus.UNLINKED).stream()
        .anyMatch(other -> !other.member().equals(member));
  }

  private String memberPrincipal(UserId member) {
    return SealedAuthorizedClients.memberPrincipal(tenant(), member);
  }

  private static TenantId tenant() {
    return TenantContext.require("Upwork links").id();
  }
}
