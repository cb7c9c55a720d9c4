package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxHttp.AGENCY_ORG;
import static com.crewbid.upwork.sandbox.SandboxHttp.AMARA;
import static com.crewbid.upwork.sandbox.SandboxHttp.GRAPHQL;
import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA;
import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA_PERSONAL_ORG;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox answers GraphQL against Upwork's real schema: seeded identity data, validation errors
 * exactly as graphql-java gives them, the organization chosen by X-Upwork-API-TenantId.
 */
@IntegrationTest
class SandboxGraphQlIT {

  @LocalServerPort int port;

  SandboxHttp sandbox;
  String olena;

  @BeforeEach
  void signIn() {
    sandbox = new SandboxHttp(port);
    olena = sandbox.signIn(OLENA).accessToken();
  }

  @Test
  void whenAskingWhoAmIThenTheSeededUserAnswersAndUnwiredFieldsAreNull() {
    SandboxHttp.Response response =
        sandbox.graphql(olena, "{ user { id nid rid name email ciphertext photoUrl } }");

    assertThat(response.status()).isEqualTo(200);
    JsonNode user = response.json().path("data").path("user");
    assertThat(user.path("id").asString()).isEqualTo(OLENA);
    assertThat(user.path("nid").asString()).isEqualTo("olenakoval");
    assertThat(user.path("rid").asString()).isEqualTo("4810273");
    assertThat(user.path("name").asString()).isEqualTo("Olena K.");
    assertThat(user.path("email").asString()).isEqualTo("olena.koval@sandbox.upwork.test");
    assertThat(user.path("ciphertext").asString()).startsWith("~01");
    assertThat(user.path("photoUrl").isNull()).isTrue();
    assertThat(response.json().has("errors")).isFalse();
  }

  @Test
  void whenListingCompaniesThenThePersonalOrganizationComesFirstThenTheAgency() {
    SandboxHttp.Response response =
        sandbox.graphql(
            olena,
            "{ companySelector { items { title organizationId organizationType typeTitle } } }");

    JsonNode items = response.json().path("data").path("companySelector").path("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).path("organizationId").asString()).isEqualTo(OLENA_PERSONAL_ORG);
    assertThat(items.get(0).path("organizationType").asString()).isEqualTo("SOLE_PROPRIETOR");
    assertThat(items.get(1).path("organizationId").asString()).isEqualTo(AGENCY_ORG);
    assertThat(items.get(1).path("title").asString()).isEqualTo("Lviv Codeworks");
    assertThat(items.get(1).path("typeTitle").asString()).isEqualTo("Agency");
  }

  @Test
  void whenTenantHeaderNamesTheAgencyThenOrganizationIsTheAgencyElseThePersonalOne() {
    String query = "{ organization { id name type flag { agency } staffs { totalCount } } }";

    JsonNode personal = sandbox.graphql(olena, query).json().path("data").path("organization");
    assertThat(personal.path("id").asString()).isEqualTo(OLENA_PERSONAL_ORG);
    assertThat(personal.path("flag").path("agency").asBoolean()).isFalse();

    JsonNode agency =
        sandbox
            .graphql(olena, query, GraphQlController.TENANT_HEADER, AGENCY_ORG)
            .json()
            .path("data")
            .path("organization");
    assertThat(agency.path("id").asString()).isEqualTo(AGENCY_ORG);
    assertThat(agency.path("type").asString()).isEqualTo("BUSINESS");
    assertThat(agency.path("flag").path("agency").asBoolean()).isTrue();
    assertThat(agency.path("staffs").path("totalCount").asInt()).isEqualTo(4);
  }

  @Test
  void whenTenantHeaderNamesAForeignOrganizationThenAnErrorAndNoData() {
    String amara = sandbox.signIn(AMARA).accessToken();

    SandboxHttp.Response response =
        sandbox.graphql(
            amara, "{ organization { id } }", GraphQlController.TENANT_HEADER, AGENCY_ORG);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("data").isNull()).isTrue();
    assertThat(response.json().path("errors").get(0).path("message").asString())
        .contains("X-Upwork-API-TenantId");
  }

  @Test
  void whenAFieldDoesNotExistThenHttp200WithAValidationError() {
    SandboxHttp.Response response = sandbox.graphql(olena, "{ user { id nmae } }");

    assertThat(response.status()).isEqualTo(200);
    JsonNode error = response.json().path("errors").get(0);
    assertThat(error.path("extensions").path("classification").asString())
        .isEqualTo("ValidationError");
    assertThat(error.path("message").asString()).contains("nmae");
    assertThat(response.json().has("data")).isFalse();
  }

  @Test
  void whenAnUnpublishedEnumIsPassedAsAStringThenValidationFailsAsAtUpwork() {
    String asEnum =
        "{ marketplaceJobPostingsSearch(searchType: USER_JOBS_SEARCH,"
            + " sortAttributes: [{field: RECENCY}]) { totalCount } }";
    SandboxHttp.Response valid = sandbox.graphql(olena, asEnum);
    assertThat(valid.json().has("errors")).as(valid.body()).isFalse();
    assertThat(
            valid
                .json()
                .path("data")
                .path("marketplaceJobPostingsSearch")
                .path("totalCount")
                .asInt())
        .isPositive();

    SandboxHttp.Response quoted =
        sandbox.graphql(olena, asEnum.replace("USER_JOBS_SEARCH", "\"USER_JOBS_SEARCH\""));
    assertThat(
            quoted
                .json()
                .path("errors")
                .get(0)
                .path("extensions")
                .path("classification")
                .asString())
        .isEqualTo("ValidationError");
  }

  @Test
  void whenTheBearerTokenIsMissingOrUnknownThen401() {
    SandboxHttp.Response missing = sandbox.postJson(GRAPHQL, "{\"query\":\"{ user { id } }\"}");
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.json().path("error").asString()).isEqualTo("invalid_token");

    assertThat(sandbox.graphql("oauth2v2_made-up", "{ user { id } }").status()).isEqualTo(401);
  }

  @Test
  void whenTheBodyIsNotJsonThenHttp200WithAnError() {
    SandboxHttp.Response response =
        sandbox.postJson(GRAPHQL, "query { user { id } }", "Authorization", "Bearer " + olena);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("errors")).hasSize(1);
  }

  @Test
  void whenNoSessionIsInvolvedThenTheSandboxSetsNoCookie() {
    SandboxHttp.Response response = sandbox.graphql(olena, "{ user { id } }");

    List<String> cookies = new ArrayList<>(response.headers().allValues("Set-Cookie"));
    assertThat(cookies).isEmpty();
  }
}
