package com.crewbid.upwork.internal;

import com.crewbid.shared.UserId;
import com.crewbid.upwork.UpworkProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Upwork's {@code TalentProfile} as {@link UpworkDocuments#TALENT_PROFILE} asks for it, and how it
 * becomes an {@link UpworkProfile}. Upwork's fields are all optional; what is missing stays empty,
 * and text is cut to what the tables hold.
 */
record TalentProfileAnswer(
    @Nullable String personId,
    @Nullable PersonalData personalData,
    @Nullable List<Skill> skills,
    @Nullable ProjectList projectList,
    @Nullable List<EmploymentRecord> employmentRecords) {

  record PersonalData(
      @Nullable String firstName,
      @Nullable String lastName,
      @Nullable String title,
      @Nullable String description,
      @Nullable Money chargeRate,
      @Nullable Location location) {}

  record Money(@Nullable String rawValue, @Nullable String currency) {}

  record Location(@Nullable String city, @Nullable String country) {}

  record Skill(@Nullable String skill, @Nullable String prettyName, @Nullable String rank) {}

  record ProjectList(@Nullable List<Project> projects) {}

  record Project(
      @Nullable String id,
      @Nullable String title,
      @Nullable String description,
      @Nullable String projectUrl,
      @Nullable String completionDateTime,
      @Nullable List<String> skills) {}

  record EmploymentRecord(
      @Nullable String id,
      @Nullable String companyName,
      @Nullable String jobTitle,
      @Nullable String startDateTime,
      @Nullable String endDateTime,
      @Nullable String description) {}

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  UpworkProfile toProfile(UserId member, String upworkUserId, String profileKey, Instant syncedAt) {
    PersonalData personal = personalData;
    return new UpworkProfile(
        member,
        upworkUserId,
        profileKey,
        personal == null ? null : cut(fullName(personal), 200),
        personal == null ? null : cut(personal.title(), 500),
        personal == null ? null : personal.description(),
        personal == null ? null : rate(personal.chargeRate()),
        personal == null || personal.location() == null
            ? null
            : cut(personal.location().city(), 200),
        personal == null || personal.location() == null
            ? null
            : cut(personal.location().country(), 200),
        skills == null
            ? List.of()
            : skills.stream()
                .filter(Objects::nonNull)
                .map(s -> s.prettyName() != null ? s.prettyName() : s.skill())
                .filter(Objects::nonNull)
                .map(s -> cut(s, 200))
                .toList(),
        projectList == null || projectList.projects() == null
            ? List.of()
            : projectList.projects().stream()
                .filter(Objects::nonNull)
                .map(
                    p ->
                        new UpworkProfile.PortfolioItem(
                            cut(p.id(), 100),
                            cut(p.title(), 500),
                            p.description(),
                            cut(p.projectUrl(), 2048),
                            date(p.completionDateTime()),
                            p.skills() == null
                                ? List.of()
                                : p.skills().stream().filter(Objects::nonNull).toList()))
                .toList(),
        employmentRecords == null
            ? List.of()
            : employmentRecords.stream()
                .filter(Objects::nonNull)
                .map(
                    e ->
                        new UpworkProfile.Employment(
                            cut(e.id(), 100),
                            cut(e.companyName(), 300),
                            cut(e.jobTitle(), 300),
                            date(e.startDateTime()),
                            date(e.endDateTime()),
                            e.description()))
                .toList(),
        syncedAt);
  }

  private static @Nullable String fullName(PersonalData personal) {
    String name =
        ((personal.firstName() == null ? "" : personal.firstName())
                + " "
                + (personal.lastName() == null ? "" : personal.lastName()))
            .trim();
    return name.isEmpty() ? null : name;
  }

  /** {@code Money.rawValue} is a string; a rate that is not a number is left out. */
  private static UpworkProfile.@Nullable HourlyRate rate(@Nullable Money money) {
    if (money == null || money.rawValue() == null || money.currency() == null) {
      return null;
    }
    String currency = money.currency().trim().toUpperCase(Locale.ROOT);
    if (!CURRENCY.matcher(currency).matches()) {
      return null;
    }
    try {
      BigDecimal amount =
          new BigDecimal(money.rawValue().trim()).setScale(2, java.math.RoundingMode.HALF_UP);
      // numeric(12, 2): a rate beyond that is no rate anyone charges.
      return amount.abs().compareTo(MAX_RATE) > 0
          ? null
          : new UpworkProfile.HourlyRate(amount, currency);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static @Nullable LocalDate date(@Nullable String dateTime) {
    if (dateTime == null || !DATE.matcher(dateTime).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(dateTime.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static final BigDecimal MAX_RATE = new BigDecimal("9999999999.99");

  private static @Nullable String cut(@Nullable String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
