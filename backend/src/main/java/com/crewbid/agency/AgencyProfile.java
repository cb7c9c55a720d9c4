package com.crewbid.agency;

import java.time.Instant;
import java.util.UUID;

/** An agency's profile as the API shows it; {@code version} is the optimistic-lock version. */
public record AgencyProfile(
    UUID id,
    String slug,
    String name,
    String timezone,
    String defaultCurrency,
    String website,
    String logoUrl,
    long version,
    Instant updatedAt) {}
