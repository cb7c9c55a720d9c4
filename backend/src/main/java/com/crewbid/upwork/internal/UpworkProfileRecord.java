package com.crewbid.upwork.internal;

import com.crewbid.shared.UserId;
import com.crewbid.upwork.UpworkProfile;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A member's Upwork profile as last imported, with its skills, portfolio and work history. */
@Entity
@Table(name = "upwork_profiles")
public class UpworkProfileRecord {

  @Id
  @Column(name = "member_id")
  private UUID memberId;

  @Column(name = "upwork_user_id")
  private String upworkUserId;

  @Column(name = "profile_key")
  private String profileKey;

  @Column(name = "full_name")
  private String fullName;

  private String title;
  private String overview;

  @Column(name = "hourly_rate_amount")
  private BigDecimal hourlyRateAmount;

  @Column(name = "hourly_rate_currency")
  private String hourlyRateCurrency;

  private String city;
  private String country;

  @ElementCollection
  @CollectionTable(name = "upwork_profile_skills", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  @Column(name = "name")
  private List<String> skills = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "upwork_portfolio_items", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  private List<PortfolioItemValue> portfolio = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "upwork_work_history", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  private List<EmploymentValue> workHistory = new ArrayList<>();

  @Column(name = "synced_at")
  private Instant syncedAt;

  @Version private long version;

  protected UpworkProfileRecord() {}

  static UpworkProfileRecord of(UserId member) {
    UpworkProfileRecord profile = new UpworkProfileRecord();
    profile.memberId = member.value();
    return profile;
  }

  /** Replaces everything with what Upwork answered now. */
  void replaceWith(UpworkProfile imported) {
    upworkUserId = imported.upworkUserId();
    profileKey = imported.profileKey();
    fullName = imported.fullName();
    title = imported.title();
    overview = imported.overview();
    hourlyRateAmount = imported.hourlyRate() == null ? null : imported.hourlyRate().amount();
    hourlyRateCurrency = imported.hourlyRate() == null ? null : imported.hourlyRate().currency();
    city = imported.city();
    country = imported.country();
    skills.clear();
    skills.addAll(imported.skills());
    portfolio.clear();
    imported.portfolio().forEach(item -> portfolio.add(PortfolioItemValue.of(item)));
    workHistory.clear();
    imported.workHistory().forEach(job -> workHistory.add(EmploymentValue.of(job)));
    syncedAt = imported.syncedAt();
  }

  public UpworkProfile view() {
    return new UpworkProfile(
        UserId.of(memberId),
        upworkUserId,
        profileKey,
        fullName,
        title,
        overview,
        hourlyRateAmount == null
            ? null
            : new UpworkProfile.HourlyRate(hourlyRateAmount, hourlyRateCurrency),
        city,
        country,
        List.copyOf(skills),
        portfolio.stream().map(PortfolioItemValue::view).toList(),
        workHistory.stream().map(EmploymentValue::view).toList(),
        syncedAt);
  }

  @Embeddable
  static class PortfolioItemValue {

    @Column(name = "upwork_id")
    private String upworkId;

    private String title;
    private String description;

    @Column(name = "project_url")
    private String projectUrl;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills")
    private String[] skills = new String[0];

    protected PortfolioItemValue() {}

    static PortfolioItemValue of(UpworkProfile.PortfolioItem item) {
      PortfolioItemValue value = new PortfolioItemValue();
      value.upworkId = item.upworkId();
      value.title = item.title();
      value.description = item.description();
      value.projectUrl = item.projectUrl();
      value.completedOn = item.completedOn();
      value.skills = item.skills().toArray(String[]::new);
      return value;
    }

    UpworkProfile.PortfolioItem view() {
      return new UpworkProfile.PortfolioItem(
          upworkId,
          title,
          description,
          projectUrl,
          completedOn,
          skills == null ? List.of() : Arrays.asList(skills));
    }
  }

  @Embeddable
  static class EmploymentValue {

    @Column(name = "upwork_id")
    private @Nullable String upworkId;

    @Column(name = "company_name")
    private String companyName;

    @Column(name = "job_title")
    private String jobTitle;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    private String description;

    protected EmploymentValue() {}

    static EmploymentValue of(UpworkProfile.Employment job) {
      EmploymentValue value = new EmploymentValue();
      value.upworkId = job.upworkId();
      value.companyName = job.companyName();
      value.jobTitle = job.jobTitle();
      value.startedOn = job.startedOn();
      value.endedOn = job.endedOn();
      value.description = job.description();
      return value;
    }

    UpworkProfile.Employment view() {
      return new UpworkProfile.Employment(
          upworkId, companyName, jobTitle, startedOn, endedOn, description);
    }
  }
}
