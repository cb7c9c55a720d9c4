package com.crewbid.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.proposals.ProposalState;
import com.crewbid.support.UpworkSchema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documents proposals send to Upwork catch a misspelt field (that every document of the
 * application is valid is {@code EveryUpworkDocumentTest}'s), and Upwork's statuses map to proposal
 * states.
 */
class UpworkProposalQueriesTest {

  @Test
  void whenAFieldIsMisspelledThenTheSchemaValidationCatchesIt() {
    assertThat(UpworkSchema.errorsIn(UpworkProposalQueries.SENT.replace("pageInfo", "pageInfos")))
        .isNotEmpty();
    assertThat(
            UpworkSchema.errorsIn(
                UpworkProposalQueries.SUBMIT.replace("newProposalId", "proposalId")))
        .isNotEmpty();
  }

  @Test
  void whenAProposalIsSubmittedThenTheInputCarriesTheAgencyTheAnswersAndTheDuration() {
    Map<String, Object> variables =
        UpworkProposalQueries.submitInput(
            "1638473498036690944",
            "1639001120334462977",
            "1790000000000000001",
            new BigDecimal("450.00"),
            "Cover letter",
            List.of(new Answer(1, "Why you?", "Because.", false)),
            EstimatedDuration.ONE_TO_THREE_MONTHS);

    @SuppressWarnings("unchecked")
    Map<String, Object> input = (Map<String, Object>) variables.get("input");
    assertThat(input)
        .containsEntry("selectedContractor", "1638473498036690944")
        .containsEntry("agencyOrgId", "1639001120334462977")
        .containsEntry("jobReference", "1790000000000000001")
        .containsEntry("chargedAmount", 450.0)
        .containsEntry("estimatedDuration", "1 to 3 months")
        .containsEntry("questions", List.of(Map.of("question", "Why you?", "answer", "Because.")));
    assertThat(
            ((Map<?, ?>)
                    UpworkProposalQueries.submitInput(
                            "1", null, "2", BigDecimal.TEN, "c", List.of(), null)
                        .get("input"))
                .containsKey("agencyOrgId"))
        .as("a freelancer's own organization is not named")
        .isFalse();
  }

  @Test
  void whenUpworkReportsAStatusThenItMapsToAStateAndUnknownOnesToNone() {
    assertThat(UpworkProposalQueries.stateOf("SUBMITTED")).contains(ProposalState.SENT);
    assertThat(UpworkProposalQueries.stateOf("viewed")).contains(ProposalState.VIEWED);
    assertThat(UpworkProposalQueries.stateOf("REPLIED")).contains(ProposalState.REPLIED);
    assertThat(UpworkProposalQueries.stateOf("INTERVIEWING")).contains(ProposalState.INTERVIEW);
    assertThat(UpworkProposalQueries.stateOf("OFFERED")).contains(ProposalState.INTERVIEW);
    assertThat(UpworkProposalQueries.stateOf("HIRED")).contains(ProposalState.HIRED);
    assertThat(UpworkProposalQueries.stateOf("ARCHIVED")).contains(ProposalState.DECLINED);
    assertThat(UpworkProposalQueries.stateOf("WITHDRAWN")).contains(ProposalState.WITHDRAWN);
    assertThat(UpworkProposalQueries.stateOf("SOMETHING_NEW")).isEmpty();
    assertThat(UpworkProposalQueries.stateOf(null)).isEmpty();
  }
}
