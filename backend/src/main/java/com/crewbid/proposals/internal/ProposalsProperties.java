package com.crewbid.proposals.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of proposals ({@code crewbid.proposals.*}).
 *
 * @param apiSubmission whether "Send via Upwork" calls Upwork's {@code createJobProposal} at all;
 *     off, every proposal goes the manual way (the member sends it on Upwork and marks it sent)
 * @param outcomeSyncCron when the outcomes of sent proposals are read from Upwork ({@code -} turns
 *     the schedule off; tests call it directly)
 * @param outcomeSyncAuthors authors whose proposals one run of the sync reads, across all agencies
 *     (each costs one or a few Upwork requests)
 * @param sendingTimeout how long a send may stay in SENDING before the sync takes it for an unknown
 *     outcome (the instance died during the call); longer than the Upwork client's read timeout
 * @param repeatWait how long a repeated send (same Idempotency-Key) waits for the first one
 * @param outcomeSyncCutoff how long after sending the sync keeps asking Upwork about a proposal's
 *     outcome; after that a person corrects it by hand (or asks with "check on Upwork")
 */
@ConfigurationProperties("crewbid.proposals")
public record ProposalsProperties(
    boolean apiSubmission,
    String outcomeSyncCron,
    int outcomeSyncAuthors,
    Duration sendingTimeout,
    Duration repeatWait,
    Duration outcomeSyncCutoff) {

  @ConstructorBinding
  public ProposalsProperties(
      @DefaultValue("true") boolean apiSubmission,
      @DefaultValue("0 */10 * * * *") String outcomeSyncCron,
      @DefaultValue("50") int outcomeSyncAuthors,
      @DefaultValue("PT5M") Duration sendingTimeout,
      @DefaultValue("PT10S") Duration repeatWait,
      @DefaultValue("P60D") Duration outcomeSyncCutoff) {
    if (outcomeSyncAuthors < 1) {
      throw new IllegalArgumentException("crewbid.proposals.outcome-sync-authors must be >= 1");
    }
    if (outcomeSyncCutoff.isNegative() || outcomeSyncCutoff.isZero()) {
      throw new IllegalArgumentException("crewbid.proposals.outcome-sync-cutoff must be positive");
    }
    this.apiSubmission = apiSubmission;
    this.outcomeSyncCron = outcomeSyncCron;
    this.outcomeSyncAuthors = outcomeSyncAuthors;
    this.sendingTimeout = sendingTimeout;
    this.repeatWait = repeatWait;
    this.outcomeSyncCutoff = outcomeSyncCutoff;
  }

  /** With the default cut-off of the outcome sync (60 days). */
  public ProposalsProperties(
      boolean apiSubmission,
      String outcomeSyncCron,
      int outcomeSyncAuthors,
      Duration sendingTimeout,
      Duration repeatWait) {
    this(
        apiSubmission,
        outcomeSyncCron,
        outcomeSyncAuthors,
        sendingTimeout,
        repeatWait,
        Duration.ofDays(60));
  }
}
