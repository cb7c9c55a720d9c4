package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxHttp.AGENCY_ORG;
import static com.crewbid.upwork.sandbox.SandboxHttp.AMARA;
import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA_PERSONAL_ORG;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contracts and earnings from the seed, seen from the organization a request acts in. */
@IntegrationTest
class SandboxContractsIT extends SignedInSandboxTest {

  static final String OLENA_HOURLY_CONTRACT = "41000001";
  static final String AGENCY_CONTRACT = "41000003";

  JsonNode data(String token, String query, String... headers) {
    return data(sandbox.graphql(token, query, headers));
  }

  @Test
  void whenListingVendorContractsThenTheOrganizationsContractsWithStatusFilterAndPaging() {
    String query =
        "{ vendorContracts(filter: {vendorId: \"%s\"%s}, paging: {limit: %d, offset: 0}) {"
            + " paging { limit offset } contracts { id title status kind startDate endDate"
            + " freelancer { id name } clientOrganization { name } supervisor { name }"
            + " job { content { title } } metadata { agencyContract }"
            + " terms { hourlyTerms { hourlyRate { rawValue } } fixedPriceTerms { fixedAmount { rawValue } } } } } }";

    JsonNode all = data(olena, query.formatted(OLENA_PERSONAL_ORG, "", 10)).path("vendorContracts");
    assertThat(ids(all.path("contracts"))).containsExactly("41000001", "41000002");
    JsonNode hourly = all.path("contracts").get(0);
    assertThat(
            hourly
                .path("terms")
                .path("hourlyTerms")
                .get(0)
                .path("hourlyRate")
                .path("rawValue")
                .asString())
        .isEqualTo("65.00");
    assertThat(hourly.path("clientOrganization").path("name").asString())
        .isEqualTo("Harbor Freight Tech Inc.");

    JsonNode closed =
        data(olena, query.formatted(OLENA_PERSONAL_ORG, ", contractStatuses: [CLOSED]", 10))
            .path("vendorContracts");
    assertThat(ids(closed.path("contracts"))).containsExactly("41000002");

    JsonNode firstOnly =
        data(olena, query.formatted(OLENA_PERSONAL_ORG, "", 1)).path("vendorContracts");
    assertThat(firstOnly.path("contracts")).hasSize(1);
    assertThat(firstOnly.path("paging").path("limit").asInt()).isEqualTo(1);

    JsonNode agency =
        data(
                olena,
                query.formatted(AGENCY_ORG, "", 10),
                GraphQlController.TENANT_HEADER,
                AGENCY_ORG)
            .path("vendorContracts");
    assertThat(ids(agency.path("contracts"))).containsExactly(AGENCY_CONTRACT);
    assertThat(agency.path("contracts").get(0).path("metadata").path("agencyContract").asBoolean())
        .isTrue();
  }

  @Test
  void whenAskingForAnotherVendorsContractsThenAPermissionError() {
    SandboxHttp.Response response =
        sandbox.graphql(
            olena,
            "{ vendorContracts(filter: {vendorId: \"" + AMARA + "\"}) { contracts { id } } }");

    assertThat(response.json().path("data").path("vendorContracts").isNull()).isTrue();
    assertThat(classification(response)).isEqualTo("PermissionDenied");
  }

  @Test
  void whenReadingContractsByIdThenOnlyVisibleOnesAndUnknownIsNotFound() {
    JsonNode contract =
        data(
                olena,
                "{ contract(id: \""
                    + OLENA_HOURLY_CONTRACT
                    + "\") { id title contractType hourlyChargeRate { rawValue } weeklyHoursLimit status } }")
            .path("contract");
    assertThat(contract.path("contractType").asString()).isEqualTo("HOURLY");
    assertThat(contract.path("weeklyHoursLimit").asDouble()).isEqualTo(30.0);

    JsonNode list =
        data(
                olena,
                "{ contractList(ids: [\"41000001\", \"41000006\", \"41000002\"]) { contracts { id } } }")
            .path("contractList");
    assertThat(ids(list.path("contracts"))).containsExactly("41000001", "41000002");

    SandboxHttp.Response amarasContract =
        sandbox.graphql(olena, "{ contract(id: \"41000006\") { id } }");
    assertThat(classification(amarasContract)).isEqualTo("NotFound");
  }

  @Test
  void whenReadingAContractsOfferThenItsTermsClientAndFreelancerAndOthersAreNotFound() {
    JsonNode offer =
        data(
                olena,
                "{ offer(id: \""
                    + OLENA_HOURLY_CONTRACT
                    + "7\") { id title type state closeJobPostingOnAccept organizationIds"
                    + " client { id name } offerTerms { expectedStartDate hourlyTerms { rate {"
                    + " rawValue currency } weeklyHoursLimit } fixedPriceTerm { budget { rawValue } } }"
                    + " freelancer { id fullName } } }")
            .path("offer");

    assertThat(offer.path("id").asString()).isEqualTo(OLENA_HOURLY_CONTRACT + "7");
    assertThat(offer.path("type").asString()).isEqualTo("HOURLY");
    assertThat(offer.path("state").asString()).isEqualTo("ACCEPTED");
    assertThat(offer.path("offerTerms").path("hourlyTerms").path("weeklyHoursLimit").asDouble())
        .isEqualTo(30.0);
    assertThat(
            offer.path("offerTerms").path("hourlyTerms").path("rate").path("currency").asString())
        .isEqualTo("USD");
    assertThat(offer.path("offerTerms").path("fixedPriceTerm").isNull()).isTrue();
    assertThat(offer.path("client").path("name").asString()).isNotBlank();
    assertThat(offer.path("freelancer").path("fullName").asString()).startsWith("Olena");
    assertThat(classification(sandbox.graphql(olena, "{ offer(id: \"410000067\") { id } }")))
        .as("Amara's contract's offer")
        .isEqualTo("NotFound");
    assertThat(classification(sandbox.graphql(olena, "{ offer(id: \"nope\") { id } }")))
        .isEqualTo("NotFound");
  }

  @Test
  void whenReadingTransactionHistoryThenPaymentsInTheRangeEachWithItsServiceFee() {
    String query =
        "{ transactionHistory(transactionHistoryFilter: {transactionDateTime_bt:"
            + " {rangeStart: \"%s\", rangeEnd: \"%s\"}}) { transactionDetail {"
            + " transactionHistoryRow { rowNumber type transactionCreationDate description"
            + " transactionAmount { rawValue currency } assignmentCompanyName assignmentDeveloperName } } } }";

    JsonNode rows =
        data(olena, query.formatted("2026-01-01", "2026-12-31T23:59:59Z"))
            .path("transactionHistory")
            .path("transactionDetail")
            .path("transactionHistoryRow");
    // Olena's personal organization: 12 hourly invoices and 2 milestones, each with a fee row.
    assertThat(rows).hasSize(28);
    BigDecimal net = BigDecimal.ZERO;
    for (JsonNode row : rows) {
      net = net.add(new BigDecimal(row.path("transactionAmount").path("rawValue").asString()));
    }
    BigDecimal gross = BigDecimal.ZERO;
    for (JsonNode row : rows) {
      if (!row.path("type").asString().equals("Service Fee")) {
        gross =
            gross.add(new BigDecimal(row.path("transactionAmount").path("rawValue").asString()));
      }
    }
    assertThat(net).isEqualByComparingTo(gross.multiply(new BigDecimal("0.90")));
    assertThat(rows.get(1).path("type").asString()).isEqualTo("Service Fee");
    assertThat(rows.get(0).path("rowNumber").asInt()).isEqualTo(1);

    JsonNode april =
        data(olena, query.formatted("2026-04-01", "2026-04-10"))
            .path("transactionHistory")
            .path("transactionDetail")
            .path("transactionHistoryRow");
    assertThat(april).as("a day ending the range counts whole").hasSize(2);
    assertThat(april.get(0).path("description").asString()).startsWith("Milestone 1");
    assertThat(april.get(0).path("assignmentCompanyName").asString())
        .isEqualTo("Nordic Clinics AS");
  }

  static List<String> ids(JsonNode contracts) {
    List<String> ids = new ArrayList<>();
    contracts.forEach(c -> ids.add(c.path("id").asString()));
    return ids;
  }
}
