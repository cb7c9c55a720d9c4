package com.crewbid.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo's mailbox shows what the demo sent, so its links and codes can be used. */
@IntegrationTest
class DemoMailboxIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;

  @Test
  void whenTheDemoSendsAnInvitationThenTheMailboxShowsItWithItsLinkClickable() {
    var agency = agencies.register("mailbox");
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
    String invitee = "mailbox-" + UUID.randomUUID().toString().substring(0, 8) + "@invitee.test";
    owner.postJson("/api/agency/invitations", Map.of("email", invitee, "role", "VIEWER"));
    CapturedSms.capture("+380671234567", "Crewbid: 424242");

    ApiClient visitor = new ApiClient(port);
    JsonNode contents = visitor.get("/demo/mailbox/messages").json();
    ApiClient.Response page = visitor.get("/demo/mailbox");

    JsonNode newest =
        contents
            .path("mail")
            .valueStream()
            .filter(m -> m.path("to").valueStream().anyMatch(to -> to.asString().equals(invitee)))
            .findFirst()
            .orElseThrow();
    assertThat(contents.path("mailCaptured").asBoolean()).isTrue();
    assertThat(newest.path("subject").asString()).contains(agency.name());
    assertThat(contents.path("texts").get(0).path("text").asString()).isEqualTo("Crewbid: 424242");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains(invitee, "Crewbid: 424242")
        .containsPattern("<a href=\"http://localhost:" + port + "/invitations/[A-Za-z0-9_-]+\">");
  }

  @Test
  void whenAMessageContainsMarkupThenThePageShowsItAsText() {
    assertThat(DemoMailbox.withLinks("<script>alert(1)</script> see https://x.test/a?b=1&c=2"))
        .isEqualTo(
            "&lt;script&gt;alert(1)&lt;/script&gt; see"
                + " <a href=\"https://x.test/a?b=1&amp;c=2\">https://x.test/a?b=1&amp;c=2</a>");
  }
}
