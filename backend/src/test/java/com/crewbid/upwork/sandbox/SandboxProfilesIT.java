package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxHttp.MATEO_PROFILE;
import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA;
import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Freelancer profiles by profile key, in both of Upwork's shapes, from the seeded users. */
@IntegrationTest
class SandboxProfilesIT extends SignedInSandboxTest {

  @Test
  void whenReadingATalentProfileThenTitleRateSkillsPortfolioAndWorkHistory() {
    String query =
        "query($key: String!) { talentProfileByProfileKey(profileKey: $key) {"
            + " identity { ciphertext } personalData { title description chargeRate { rawValue"
            + " currency } location { country } } skills { skill rank }"
            + " projectList { totalProjects projects { id title projectUrl public skills } }"
            + " employmentRecords { companyName jobTitle startDateTime endDateTime } } }";

    SandboxHttp.Response response =
        sandbox.graphqlWith(olena, query, "{\"key\":\"" + MATEO_PROFILE + "\"}");

    JsonNode profile = data(response).path("talentProfileByProfileKey");
    assertThat(profile.path("identity").path("ciphertext").asString()).isEqualTo(MATEO_PROFILE);
    assertThat(profile.path("personalData").path("title").asString())
        .startsWith("Product Designer");
    assertThat(profile.path("personalData").path("chargeRate").path("rawValue").asString())
        .isEqualTo("48.00");
    assertThat(profile.path("skills").get(0).path("skill").asString())
        .isEqualTo("User Experience Design");
    assertThat(profile.path("projectList").path("totalProjects").asInt()).isEqualTo(2);
    assertThat(profile.path("projectList").path("projects").get(0).path("public").asBoolean())
        .isTrue();
    assertThat(profile.path("employmentRecords").get(0).path("companyName").asString())
        .isEqualTo("Globant");
  }

  @Test
  void whenReadingAFreelancerProfileThenTheSameUserInThatShape() {
    String query =
        "query($key: String!) { freelancerProfileByProfileKey(profileKey: $key) {"
            + " fullName personalData { title chargeRate { rawValue } address { cityName } }"
            + " skills { edges { node { preferredLabel } } }"
            + " employmentRecords { jobTitle startDate endDate } } }";

    SandboxHttp.Response response =
        sandbox.graphqlWith(olena, query, "{\"key\":\"" + OLENA_PROFILE + "\"}");

    JsonNode profile = data(response).path("freelancerProfileByProfileKey");

    assertThat(profile.path("fullName").asString()).isEqualTo("Olena Koval");
    assertThat(profile.path("personalData").path("address").path("cityName").asString())
        .isEqualTo("Lviv");
    assertThat(profile.path("skills").path("edges")).hasSize(6);
    assertThat(profile.path("employmentRecords").get(1).path("endDate").isNull()).isTrue();
  }

  @Test
  void whenTheProfileKeyIsUnknownThenNullWithANotFoundError() {
    SandboxHttp.Response response =
        sandbox.graphql(
            olena,
            "{ talentProfileByProfileKey(profileKey: \"~01nobody\") { personId } user { id } }");

    assertThat(response.json().path("data").path("talentProfileByProfileKey").isNull()).isTrue();
    assertThat(response.json().path("data").path("user").path("id").asString()).isEqualTo(OLENA);
    assertThat(classification(response)).isEqualTo("NotFound");
  }
}
