package com.crewbid.upwork.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposals submitted to the sandbox, kept in Redis under {@code upwork-sandbox:proposals} so
 * instances sharing a Redis agree. A proposal's status is not stored but read off its age on the
 * sandbox clock, so advancing the clock moves it along the way clients react: submitted, viewed
 * after {@link #VIEWED_AFTER}, replied after {@link #REPLIED_AFTER}, interviewing after {@link
 * #INTERVIEW_AFTER}, and after {@link #DECIDED_AFTER} hired or declined, decided by the proposal id
 * so that every run agrees. A status set through the control API replaces the timeline.
 */
@Component
@SandboxEnabled
class SandboxProposals {

  static final Duration VIEWED_AFTER = Duration.ofHours(2);
  static final Duration REPLIED_AFTER = Duration.ofDays(1);
  static final Duration INTERVIEW_AFTER = Duration.ofDays(3);
  static final Duration DECIDED_AFTER = Duration.ofDays(5);

  private static final String KEY = "upwork-sandbox:proposals";
  private static final String SEQUENCE = "upwork-sandbox:proposal-sequence";
  private static final String PINNED_ID = "upwork-sandbox:next-proposal-id";

  /** Proposals one millisecond can hold apart (the sequence's last six digits). */
  static final long PER_MILLISECOND = 1_000_000L;

  enum Status {
    SUBMITTED,
    VIEWED,
    REPLIED,
    INTERVIEWING,
    HIRED,
    DECLINED,
    WITHDRAWN;

    boolean isActive() {
      return this != HIRED && this != DECLINED && this != WITHDRAWN;
    }
  }

  record Answer(String question, String answer) {}

  /** What was submitted; {@code statusOverride} is set only through the control API. */
  record Proposal(
      String id,
      String jobPostingId,
      String freelancerId,
      String organizationId,
      String chargedAmount,
      String coverLetter,
      List<Answer> answers,
      @Nullable String estimatedDuration,
      Instant createdAt,
      @Nullable Status statusOverride,
      @Nullable Instant overriddenAt) {

    Proposal withStatusPinned(Status status, Instant at) {
      return new Proposal(
          id,
          jobPostingId,
          freelancerId,
          organizationId,
          chargedAmount,
          coverLetter,
          answers,
          estimatedDuration,
          createdAt,
          status,
          at);
    }

    Status statusAt(Instant now) {
      if (statusOverride != null) {
        return statusOverride;
      }
      Duration age = Duration.between(createdAt, now);
      if (age.compareTo(DECIDED_AFTER) >= 0) {
        return Long.parseLong(id) % 3 == 0 ? Status.HIRED : Status.DECLINED;
      }
      if (age.compareTo(INTERVIEW_AFTER) >= 0) {
        return Status.INTERVIEWING;
      }
      if (age.compareTo(REPLIED_AFTER) >= 0) {
        return Status.REPLIED;
      }
      return age.compareTo(VIEWED_AFTER) >= 0 ? Status.VIEWED : Status.SUBMITTED;
    }

    /** When the status last changed, as Upwork's {@code modifiedDateTime}. */
    Instant modifiedAt(Instant now) {
      if (overriddenAt != null) {
        return overriddenAt;
      }
      Duration age = Duration.between(createdAt, now);
      return List.of(DECIDED_AFTER, INTERVIEW_AFTER, REPLIED_AFTER, VIEWED_AFTER).stream()
          .filter(step -> age.compareTo(step) >= 0)
          .findFirst()
          .map(createdAt::plus)
          .orElse(createdAt);
    }
  }

  private final StringRedisTemplate redis;
  private final JsonMapper json;
  private final SandboxClock clock;

  SandboxProposals(StringRedisTemplate redis, JsonMapper json, SandboxClock clock) {
    this.redis = redis;
    this.json = json;
    this.clock = clock;
  }

  Proposal create(
      String jobPostingId,
      String freelancerId,
      String organizationId,
      String chargedAmount,
      String coverLetter,
      List<Answer> answers,
      @Nullable String estimatedDuration) {
    String pinned = redis.opsForValue().getAndDelete(PINNED_ID);
    Long sequence = pinned == null ? redis.opsForValue().increment(SEQUENCE) : null;
    Proposal proposal =
        new Proposal(
            pinned != null
                ? pinned
                : newId(System.currentTimeMillis(), sequence == null ? 0 : sequence),
            jobPostingId,
            freelancerId,
            organizationId,
            chargedAmount,
            coverLetter,
            List.copyOf(answers),
            estimatedDuration,
            clock.instant(),
            null,
            null);
    save(proposal);
    return proposal;
  }

  /**
   * A proposal id no earlier run of the sandbox gave out, even one whose Redis was emptied since
   * (Crewbid's database still holds those ids, unique per agency): the real time in milliseconds
   * (not the sandbox's movable clock) followed by six digits of the shared sequence, which keeps
   * apart the proposals of one millisecond across instances. A number like Upwork's (19 digits).
   */
  static String newId(long epochMillis, long sequence) {
    return String.valueOf(epochMillis * PER_MILLISECOND + Math.floorMod(sequence, PER_MILLISECOND));
  }

  Optional<Proposal> find(String id) {
    Object stored = redis.opsForHash().get(KEY, id);
    return Optional.ofNullable(stored).map(s -> json.readValue((String) s, Proposal.class));
  }

  /** Every proposal, newest first; the sandbox holds few enough to filter in memory. */
  List<Proposal> all() {
    return redis.opsForHash().values(KEY).stream()
        .map(s -> json.readValue((String) s, Proposal.class))
        .sorted(Comparator.comparing(Proposal::createdAt).thenComparing(Proposal::id).reversed())
        .toList();
  }

  /** The next proposal created takes this id (the control API; tests of a forgetful Upwork). */
  void pinNextId(String id) {
    redis.opsForValue().set(PINNED_ID, id);
  }

  void unpinNextId() {
    redis.delete(PINNED_ID);
  }

  /** False when there is no such proposal. */
  boolean overrideStatus(String id, Status status) {
    Optional<Proposal> proposal = find(id);
    proposal.ifPresent(p -> save(p.withStatusPinned(status, clock.instant())));
    return proposal.isPresent();
  }

  Instant now() {
    return clock.instant();
  }

  private void save(Proposal proposal) {
    redis.opsForHash().put(KEY, proposal.id(), json.writeValueAsString(proposal));
  }
}
