package com.crewbid.proposals.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
 */
@ConfigurationProperties("crewbid.proposals")
public record ProposalsProperties(
    @DefaultValue("true") boolean apiSubmission,
    @DefaultValue("0 */10 * * * *") String outcomeSyncCron,
    @DefaultValue("50") int outcomeSyncAuthors,
    @DefaultValue("PT5M") Duration sendingTimeout,
    @DefaultValue("PT10S") Duration repeatWait) {

  public ProposalsProperties {
    if (outcomeSyncAuthors < 1) {
      throw new IllegalArgumentException("crewbid.proposals.outcome-sync-authors must be >= 1");
    }
  }
}
