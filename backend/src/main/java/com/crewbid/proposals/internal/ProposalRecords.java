package com.crewbid.proposals.internal;

import com.crewbid.proposals.ProposalState;
import com.crewbid.tenancy.TenantScopedRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The current agency's proposals. */
public interface ProposalRecords
    extends TenantScopedRepository<ProposalRecord, UUID>, JpaSpecificationExecutor<ProposalRecord> {

  ProposalRecord save(ProposalRecord proposal);

  ProposalRecord saveAndFlush(ProposalRecord proposal);

  void flush();

  void delete(ProposalRecord proposal);

  Optional<ProposalRecord> findById(UUID id);

  List<ProposalRecord> findAllById(Iterable<UUID> ids);

  Page<ProposalRecord> findAll(Specification<ProposalRecord> spec, Pageable pageable);

  /** Proposals of a job in the given states (active ones: the collision list). */
  List<ProposalRecord> findByUpworkJobIdAndStateNotInOrderByCreatedAtAsc(
      String upworkJobId, Collection<ProposalState> states);

  Optional<ProposalRecord> findFirstByAuthorIdAndUpworkJobIdAndStateNotIn(
      UUID authorId, String upworkJobId, Collection<ProposalState> states);

  /** Whether the agency was ever hired through one of its proposals by this client. */
  boolean existsByJobClientIdAndState(String jobClientId, ProposalState state);

  /** The author's proposals that went out before (any outcome since), this one left out. */
  long countByAuthorIdAndSentAtIsNotNullAndIdNot(UUID authorId, UUID id);

  boolean existsByUpworkProposalIdAndIdNot(String upworkProposalId, UUID id);

  /**
   * Proposals waiting for the client (or for a check on Upwork), for the outcome sync: those it
   * asked Upwork about longest ago first (never asked: first of all), then the oldest sent. Only
   * those sent (or, unknown whether sent, last changed) since {@code since}: older ones are left to
   * a person.
   */
  @Query(
      "select new com.crewbid.proposals.internal.AwaitingOutcome(p.id, p.authorId,"
          + " p.outcomeSyncedAt, coalesce(p.sentAt, p.updatedAt))"
          + " from ProposalRecord p where p.state in :states"
          + " and coalesce(p.sentAt, p.updatedAt) >= :since"
          + " order by p.outcomeSyncedAt asc nulls first, coalesce(p.sentAt, p.updatedAt), p.id")
  List<AwaitingOutcome> awaiting(Collection<ProposalState> states, Instant since);

  /**
   * Notes that the sync asked Upwork about these proposals now, found or not; no change of the
   * proposals' version (nobody's copy goes stale because the sync looked).
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update ProposalRecord p set p.outcomeSyncedAt = :at where p.id in :ids")
  int syncedAt(Collection<UUID> ids, Instant at);

  /** Sends that have run far too long (the instance died mid-call). */
  List<ProposalRecord> findByStateAndSendingSinceBefore(ProposalState state, Instant before);
}
