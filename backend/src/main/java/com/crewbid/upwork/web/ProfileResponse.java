package com.crewbid.upwork.web;

import com.crewbid.shared.Money;
import com.crewbid.upwork.UpworkProfile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member's imported Upwork profile; money as {@code {amount, currency}} with a decimal string.
 */
record ProfileResponse(
    UUID memberId,
    String upworkUserId,
    @Nullable String fullName,
    @Nullable String title,
    @Nullable String overview,
    @Nullable Money hourlyRate,
    @Nullable String city,
    @Nullable String country,
    List<String> skills,
    List<UpworkProfile.PortfolioItem> portfolio,
    List<UpworkProfile.Employment> workHistory,
    Instant syncedAt) {

  static ProfileResponse of(UpworkProfile profile) {
    return new ProfileResponse(
        profile.member().value(),
        profile.upworkUserId(),
        profile.fullName(),
        profile.title(),
        profile.overview(),
        profile.hourlyRate() == null
            ? null
            : Money.of(profile.hourlyRate().amount(), profile.hourlyRate().currency()),
        profile.city(),
        profile.country(),
        profile.skills(),
        profile.portfolio(),
        profile.workHistory(),
        profile.syncedAt());
  }
}
