package com.crewbid.upwork;

import com.crewbid.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member's Upwork freelancer profile as last imported into the agency: what proposals and
 * drafting build on. Upwork-supplied text: render it as text, never as HTML.
 */
public record UpworkProfile(
    UserId member,
    String upworkUserId,
    String profileKey,
    @Nullable String fullName,
    @Nullable String title,
    @Nullable String overview,
    @Nullable HourlyRate hourlyRate,
    @Nullable String city,
    @Nullable String country,
    List<String> skills,
    List<PortfolioItem> portfolio,
    List<Employment> workHistory,
    Instant syncedAt) {

  public UpworkProfile {
    skills = List.copyOf(skills);
    portfolio = List.copyOf(portfolio);
    workHistory = List.copyOf(workHistory);
  }

  public record HourlyRate(BigDecimal amount, String currency) {}

  /**
   * @param upworkId the project's id at Upwork
   */
  public record PortfolioItem(
      @Nullable String upworkId,
      @Nullable String title,
      @Nullable String description,
      @Nullable String projectUrl,
      @Nullable LocalDate completedOn,
      List<String> skills) {

    public PortfolioItem {
      skills = List.copyOf(skills);
    }
  }

  /**
   * @param upworkId the employment record's id at Upwork
   */
  public record Employment(
      @Nullable String upworkId,
      @Nullable String companyName,
      @Nullable String jobTitle,
      @Nullable LocalDate startedOn,
      @Nullable LocalDate endedOn,
      @Nullable String description) {}
}
