package com.crewbid.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.notifications.NotificationTopic;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The e-mails of the proposal topics that tell of withdrawals, edits and unknown sends. */
class EmailTextsTest {

  static final Map<String, String> PARAMS =
      Map.of("jobTitle", "Shop <b>redesign</b>", "actorName", "Olena Koval");

  static EmailTexts.Email render(NotificationTopic topic) {
    return EmailTexts.render(
        topic,
        PARAMS,
        "Priya",
        "https://crewbid.test/proposals/p1",
        "https://crewbid.test/notifications/preferences");
  }

  @Test
  void whenAProposalIsWithdrawnThenTheMailNamesWhoWithdrewItAndTheJob() {
    EmailTexts.Email mail = render(NotificationTopic.PROPOSAL_WITHDRAWN);

    assertThat(mail.subject()).isEqualTo("Proposal withdrawn: Shop <b>redesign</b>");
    assertThat(mail.text())
        .startsWith("Hello Priya,")
        .contains("Olena Koval withdrew the proposal for “Shop <b>redesign</b>”")
        .contains("https://crewbid.test/proposals/p1");
    assertThat(mail.html()).contains("Shop &lt;b&gt;redesign&lt;/b&gt;").doesNotContain("<b>");
  }

  @Test
  void whenASendsOutcomeIsUnknownThenTheMailAsksTheAuthorToCheckOnUpwork() {
    EmailTexts.Email mail = render(NotificationTopic.PROPOSAL_SEND_UNKNOWN);

    assertThat(mail.subject()).isEqualTo("Check on Upwork: Shop <b>redesign</b>");
    assertThat(mail.text())
        .contains("did not finish")
        .contains("Check on Upwork")
        .contains("never sent again by itself");
  }

  @Test
  void whenAnApprovedProposalIsEditedThenTheMailSaysTheApprovalStands() {
    EmailTexts.Email mail = render(NotificationTopic.PROPOSAL_EDITED_AFTER_APPROVAL);

    assertThat(mail.subject()).isEqualTo("Edited after your approval: Shop <b>redesign</b>");
    assertThat(mail.text()).contains("Olena Koval edited the proposal").contains("approval stand");
  }
}
