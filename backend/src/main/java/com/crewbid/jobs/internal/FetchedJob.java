package com.crewbid.jobs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A posting as Upwork answered it, ready for the cache. A search result brings everything but the
 * screening questions ({@code screeningQuestions} null); the job's detail brings the questions but
 * neither the posting time nor the client's statistics (null). The cache keeps the other part of
 * what it knew only while that part is itself fresh (see {@link CachedJobs#upsert}). {@code
 * clientId} is the client company's organization id (the same in both answers); {@code clientName}
 * comes only with search results, when Upwork still tells it.
 */
public record FetchedJob(
    String upworkId,
    @Nullable String ciphertext,
    String title,
    String description,
    List<String> skills,
    @Nullable String categoryId,
    @Nullable String category,
    @Nullable String subcategory,
    String jobType,
    String currency,
    @Nullable BigDecimal budgetAmount,
    @Nullable BigDecimal hourlyMin,
    @Nullable BigDecimal hourlyMax,
    @Nullable String experienceLevel,
    @Nullable String duration,
    @Nullable String durationLabel,
    @Nullable String engagement,
    @Nullable Integer totalApplicants,
    @Nullable String clientId,
    @Nullable String clientName,
    @Nullable String clientCountry,
    @Nullable String clientCity,
    @Nullable BigDecimal clientRating,
    @Nullable Integer clientReviews,
    @Nullable BigDecimal clientTotalSpent,
    @Nullable Integer clientHires,
    @Nullable Integer clientJobsPosted,
    @Nullable Boolean clientPaymentVerified,
    @Nullable Instant clientMemberSince,
    @Nullable Boolean coverLetterRequired,
    @Nullable List<String> screeningQuestions,
    @Nullable Instant postedAt) {

  public FetchedJob {
    skills = List.copyOf(skills);
    screeningQuestions = screeningQuestions == null ? null : List.copyOf(screeningQuestions);
  }

  /** Whether this answer holds anything only a search result brings (listing values). */
  boolean hasListingValues() {
    return java.util.stream.Stream.of(
            ciphertext,
            duration,
            durationLabel,
            engagement,
            totalApplicants,
            clientRating,
            clientReviews,
            clientTotalSpent,
            clientHires,
            clientJobsPosted,
            clientMemberSince,
            postedAt)
        .anyMatch(java.util.Objects::nonNull);
  }
}
