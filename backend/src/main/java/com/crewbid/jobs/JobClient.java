package com.crewbid.jobs;

import com.crewbid.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The client who posted a job, as far as Upwork tells: unknown values are null (a job opened by its
 * id after the cache was purged comes without the client's statistics).
 *
 * @param id the client company's Upwork organization id, the same on every job it posts
 * @param name the company's name, when Upwork tells it (only search results may)
 */
public record JobClient(
    @Nullable String id,
    @Nullable String name,
    @Nullable String country,
    @Nullable String city,
    @Nullable BigDecimal rating,
    @Nullable Integer reviews,
    @Nullable Money totalSpent,
    @Nullable Integer hires,
    @Nullable Integer jobsPosted,
    @Nullable Boolean paymentVerified,
    @Nullable Instant memberSince) {}
