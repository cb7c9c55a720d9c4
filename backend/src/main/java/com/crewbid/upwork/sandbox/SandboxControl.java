package com.crewbid.upwork.sandbox;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What tests and the demo may do to the sandbox that Upwork's users or Upwork itself would do:
 * revoke a user's tokens, queue faults, change the rate limit, move time. The control API under
 * {@code /upwork-sandbox/_control} exposes the same over HTTP.
 */
@Component
@SandboxEnabled
class SandboxControl {

  private final SandboxSeed seed;
  private final SandboxGrants grants;
  private final SandboxFaults faults;
  private final SandboxRateLimit rateLimit;
  private final SandboxClock clock;
  private final SandboxProposals proposals;
  private final SandboxClients clients;

  SandboxControl(
      SandboxSeed seed,
      SandboxGrants grants,
      SandboxFaults faults,
      SandboxRateLimit rateLimit,
      SandboxClock clock,
      SandboxProposals proposals,
      SandboxClients clients) {
    this.proposals = proposals;
    this.clients = clients;
    this.seed = seed;
    this.grants = grants;
    this.faults = faults;
    this.rateLimit = rateLimit;
    this.clock = clock;
  }

  /** False when no seeded user has this id. */
  boolean revokeTokens(String userId) {
    if (seed.user(userId).isEmpty()) {
      return false;
    }
    grants.revokeTokensOf(userId);
    return true;
  }

  void injectFault(SandboxFaults.Target target, SandboxFaults.Fault fault, int count) {
    faults.inject(target, fault, count);
  }

  void limitRate(int requestsPerSecond) {
    rateLimit.override(requestsPerSecond);
  }

  /** When requests from the client IP reached the token and GraphQL endpoints since then (µs). */
  java.util.List<Long> arrivals(String clientIp, Instant since) {
    return rateLimit.arrivals(clientIp, since);
  }

  Instant advanceClock(Duration by) {
    clock.advance(by);
    return clock.instant();
  }

  /** Pins a proposal's status, ending its timeline; false when there is no such proposal. */
  boolean setProposalStatus(String proposalId, SandboxProposals.Status status) {
    return proposals.overrideStatus(proposalId, status);
  }

  /** The next submitted proposal takes this id (a reused one, for tests of a forgetful Upwork). */
  void nextProposalId(String id) {
    proposals.pinNextId(id);
  }

  /**
   * Gives an API key exactly these permissions (e.g. none: Upwork took "Submit Proposal" back);
   * false when no key has this client id.
   */
  boolean changePermissions(String clientId, java.util.List<String> permissions) {
    return clients.changePermissions(clientId, permissions);
  }

  /**
   * Clears queued faults and a pinned next proposal id, restores the configured rate limit, the
   * keys' configured permissions and real time. Tokens and proposals stay.
   */
  void reset() {
    faults.clear();
    proposals.unpinNextId();
    clients.restoreConfigured();
    rateLimit.restoreConfigured();
    clock.reset();
  }
}
