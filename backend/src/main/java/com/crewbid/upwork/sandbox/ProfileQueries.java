package com.crewbid.upwork.sandbox;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Freelancer profiles: {@code talentProfileByProfileKey} and {@code freelancerProfileByProfileKey}
 * (Upwork has both; the client may use either), answered from the seeded users by their profile
 * ciphertext. Portfolio items are the profile's projects, work history its employment records.
 */
@Component
@SandboxEnabled
class ProfileQueries implements SandboxQueries {

  private final SandboxSeed seed;

  ProfileQueries(SandboxSeed seed) {
    this.seed = seed;
  }

  @Override
  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type(
        "Query",
        type ->
            type.dataFetcher("talentProfileByProfileKey", env -> profile(env, this::talentProfile))
                .dataFetcher(
                    "freelancerProfileByProfileKey", env -> profile(env, this::freelancerProfile)));
  }

  record TalentProfileView(
      String personId,
      IdentityView identity,
      TalentPersonalDataView personalData,
      TalentProjectListView projectList,
      List<EmploymentView> employmentRecords,
      List<TalentSkillView> skills) {}

  record IdentityView(String id, String ciphertext) {}

  record TalentPersonalDataView(
      String firstName,
      String lastName,
      String title,
      String description,
      SandboxMoney chargeRate,
      LocationView location) {}

  record LocationView(String country, String city, String timezone) {}

  record TalentProjectListView(List<TalentProjectView> projects, int totalProjects) {}

  /**
   * {@code public} is a Java keyword; graphql-java reads the schema's {@code public} from the
   * boolean accessor {@code isPublic()}.
   */
  record TalentProjectView(
      String id,
      String title,
      String description,
      String projectUrl,
      String completionDateTime,
      boolean isPublic,
      int rank,
      List<String> skills) {}

  record EmploymentView(
      String id,
      String companyName,
      String jobTitle,
      String startDateTime,
      @Nullable String endDateTime,
      String description) {}

  /** Upwork names the dates differently here than on the talent profile, and wants a place. */
  record FreelancerEmploymentView(
      String id,
      String companyName,
      String jobTitle,
      String startDate,
      @Nullable String endDate,
      String description,
      String city,
      String country) {}

  record TalentSkillView(String id, String skill, String prettyName, String rank) {}

  record FreelancerProfileView(
      String id,
      String fullName,
      String firstName,
      String lastName,
      FreelancerPersonalDataView personalData,
      FreelancerSkillsView skills,
      List<FreelancerEmploymentView> employmentRecords,
      List<EducationView> educationRecords) {}

  record FreelancerPersonalDataView(
      String firstName,
      String lastName,
      String title,
      String description,
      SandboxMoney chargeRate,
      AddressView address) {}

  record AddressView(String countryName, String cityName, String timezone) {}

  record FreelancerSkillsView(List<SkillEdgeView> edges) {}

  record SkillEdgeView(SkillNodeView node) {}

  record SkillNodeView(
      String id,
      String ontologyId,
      String entityStatus,
      String preferredLabel,
      String prettyName) {}

  /** No seeded user has education records yet; the schema makes the list non-null. */
  record EducationView() {}

  private interface ProfileView<T> {
    T of(SandboxSeed.User user);
  }

  private <T> Object profile(DataFetchingEnvironment env, ProfileView<T> view) {
    String profileKey = env.getArgument("profileKey");
    return SandboxErrors.orNotFound(
        env, seed.userByProfileKey(profileKey).map(view::of), "Profile " + profileKey);
  }

  private TalentProfileView talentProfile(SandboxSeed.User user) {
    List<TalentProjectView> projects =
        IntStream.range(0, user.portfolio().size())
            .mapToObj(
                i -> {
                  SandboxSeed.PortfolioItem item = user.portfolio().get(i);
                  return new TalentProjectView(
                      user.rid() + "-p" + (i + 1),
                      item.title(),
                      item.description(),
                      item.projectUrl(),
                      item.completionDate() + "T00:00:00Z",
                      true,
                      i + 1,
                      item.skills());
                })
            .toList();
    return new TalentProfileView(
        user.id(),
        new IdentityView(user.id(), user.profileKey()),
        new TalentPersonalDataView(
            user.firstName(),
            user.lastName(),
            user.title(),
            user.overview(),
            money(user),
            new LocationView(user.country(), user.city(), user.timezone())),
        new TalentProjectListView(projects, projects.size()),
        employment(user),
        IntStream.range(0, user.skills().size())
            .mapToObj(
                i ->
                    new TalentSkillView(
                        skillId(user.skills().get(i)),
                        user.skills().get(i),
                        user.skills().get(i),
                        String.valueOf(i + 1)))
            .toList());
  }

  FreelancerProfileView freelancerProfile(SandboxSeed.User user) {
    return new FreelancerProfileView(
        user.id(),
        user.fullName(),
        user.firstName(),
        user.lastName(),
        new FreelancerPersonalDataView(
            user.firstName(),
            user.lastName(),
            user.title(),
            user.overview(),
            money(user),
            new AddressView(user.country(), user.city(), user.timezone())),
        new FreelancerSkillsView(
            user.skills().stream()
                .map(
                    s ->
                        new SkillEdgeView(
                            new SkillNodeView(skillId(s), skillId(s), "ACTIVE", s, s)))
                .toList()),
        employment(user).stream()
            .map(
                job ->
                    new FreelancerEmploymentView(
                        job.id(),
                        job.companyName(),
                        job.jobTitle(),
                        job.startDateTime(),
                        job.endDateTime(),
                        job.description(),
                        user.city(),
                        user.country()))
            .toList(),
        List.of());
  }

  private static List<EmploymentView> employment(SandboxSeed.User user) {
    return IntStream.range(0, user.workHistory().size())
        .mapToObj(
            i -> {
              SandboxSeed.Employment job = user.workHistory().get(i);
              return new EmploymentView(
                  user.rid() + "-e" + (i + 1),
                  job.companyName(),
                  job.jobTitle(),
                  job.startDate() + "T00:00:00Z",
                  job.endDate() == null ? null : job.endDate() + "T00:00:00Z",
                  job.description());
            })
        .toList();
  }

  private static SandboxMoney money(SandboxSeed.User user) {
    return new SandboxMoney(
        user.hourlyRate().amount(), user.hourlyRate().currency(), "$" + user.hourlyRate().amount());
  }

  /** A stable ontology-like id for a skill name, as Upwork's skills carry numeric ids. */
  private static String skillId(String skill) {
    return Integer.toUnsignedString(skill.toLowerCase(java.util.Locale.ROOT).hashCode());
  }
}
