package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.embedded.CapturedMail;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Invitations by e-mail, roles, the last-owner rule and removing members, over HTTP. */
@IntegrationTest
class TeamAndInvitationsIT {

  static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;

  TestAgencies.Agency agency;
  ApiClient owner;

  @BeforeEach
  void agency() {
    agency = agencies.register("team");
    owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
  }

  @Test
  void whenOwnerInvitesSomeoneNewThenTheLinkInTheEmailCreatesTheirAccountAndMembershipOnce() {
    String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@invitee.test";
    ApiClient.Response invited =
        owner.postJson("/api/agency/invitations", Map.of("email", email, "role", "FREELANCER"));
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    String token = tokenFromMail(email);

    ApiClient invitee = new ApiClient(port);
    JsonNode preview = invitee.get("/api/invitations/" + token).json();
    assertThat(preview.path("agencyName").asString()).isEqualTo(agency.name());
    assertThat(preview.path("status").asString()).isEqualTo("PENDING");
    assertThat(preview.path("accountExists").asBoolean()).isFalse();
    invitee.get("/api/auth/session");
    ApiClient.Response weak =
        invitee.postJson(
            "/api/invitations/" + token + "/accept",
            Map.of("displayName", "Nia", "password", "password123"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().path("errors").findValuesAsString("field")).contains("password");

    ApiClient.Response accepted =
        invitee.postJson(
            "/api/invitations/" + token + "/accept",
            Map.of("displayName", "Nia Okoro", "password", "mauve-ledger-quartz-79-tundra"));

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().path("agency").path("role").asString()).isEqualTo("FREELANCER");
    assertThat(invitee.get("/api/agency").json().path("id").asString())
        .isEqualTo(agency.id().toString());
    ApiClient late = new ApiClient(port);
    late.get("/api/auth/session");
    ApiClient.Response again =
        late.postJson(
            "/api/invitations/" + token + "/accept",
            Map.of("displayName", "X", "password", "another long passphrase 99"));
    assertThat(again.status()).isEqualTo(410);
    assertThat(owner.get("/api/agency/members").json().path("items").findValuesAsString("email"))
        .contains(email);
    assertThat(
            owner
                .get("/api/agency/audit-events?action=invitation")
                .json()
                .path("items")
                .findValuesAsString("action"))
        .contains("invitation.sent", "invitation.accepted");
  }

  @Test
  void whenASignedInPersonAcceptsThenTheyJoinAndSwitchToThatAgency() {
    var other = agencies.register("team-other");
    owner.postJson(
        "/api/agency/invitations", Map.of("email", other.ownerEmail(), "role", "MANAGER"));
    String token = tokenFromMail(other.ownerEmail());
    ApiClient otherOwner = new ApiClient(port);
    otherOwner.signIn(other.ownerEmail(), other.ownerPassword());

    ApiClient.Response accepted =
        otherOwner.postJson("/api/invitations/" + token + "/accept", "{}");

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().path("agency").path("tenantId").asString())
        .isEqualTo(agency.id().toString());
    assertThat(accepted.json().path("memberships").size()).isEqualTo(2);
    ApiClient.Response switched =
        otherOwner.postJson("/api/auth/agency", Map.of("tenantId", other.id().toString()));
    assertThat(switched.json().path("agency").path("role").asString()).isEqualTo("OWNER");
    assertThat(otherOwner.get("/api/agency").json().path("id").asString())
        .isEqualTo(other.id().toString());
  }

  @Test
  void whenSomeoneSignedInAsAnotherAddressOpensTheLinkThenTheyCannotAcceptIt() {
    String invited = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@invitee.test";
    owner.postJson("/api/agency/invitations", Map.of("email", invited, "role", "OWNER"));
    String token = tokenFromMail(invited);
    var other = agencies.register("team-forwarded");
    ApiClient someoneElse = new ApiClient(port);
    someoneElse.signIn(other.ownerEmail(), other.ownerPassword());

    ApiClient.Response accepted =
        someoneElse.postJson("/api/invitations/" + token + "/accept", "{}");

    assertThat(accepted.status()).isEqualTo(403);
    assertThat(accepted.problemType()).endsWith("/invitation-email-mismatch");
    assertThat(accepted.json().path("detail").asString()).contains(invited, other.ownerEmail());
    assertThat(someoneElse.get("/api/auth/session").json().path("memberships").size()).isEqualTo(1);
    assertThat(owner.get("/api/agency/members").json().path("items").findValuesAsString("email"))
        .doesNotContain(other.ownerEmail());
    assertThat(
            new ApiClient(port).get("/api/invitations/" + token).json().path("status").asString())
        .isEqualTo("PENDING");
    assertThat(
            owner
                .get("/api/agency/audit-events?action=invitation.accept-refused")
                .json()
                .path("items")
                .findValuesAsString("target"))
        .contains(invited);
  }

  @Test
  void whenAnInvitationIsRevokedThenItsLinkNoLongerWorks() {
    String invited = "revoked-" + UUID.randomUUID().toString().substring(0, 8) + "@invitee.test";
    String id =
        owner
            .postJson("/api/agency/invitations", Map.of("email", invited, "role", "VIEWER"))
            .json()
            .path("id")
            .asString();
    String token = tokenFromMail(invited);

    assertThat(owner.delete("/api/agency/invitations/" + id).status()).isEqualTo(204);

    ApiClient invitee = new ApiClient(port);
    invitee.get("/api/auth/session");
    assertThat(invitee.get("/api/invitations/" + token).json().path("status").asString())
        .isEqualTo("REVOKED");
    ApiClient.Response accepted =
        invitee.postJson(
            "/api/invitations/" + token + "/accept",
            Map.of("displayName", "Late Comer", "password", "Orchid-granite-velvet-31"));
    assertThat(accepted.status()).isEqualTo(410);
    assertThat(accepted.problemType()).endsWith("/link-expired");
    assertThat(owner.get("/api/agency/members").json().path("items").findValuesAsString("email"))
        .doesNotContain(invited);
  }

  @Test
  void whenTheLastOwnerWouldBeDemotedOrRemovedThen409AndNothingChanges() {
    String ownerId = owner.get("/api/auth/session").json().path("user").path("id").asString();

    ApiClient.Response demote =
        owner.send("PATCH", "/api/agency/members/" + ownerId, "{\"role\":\"MANAGER\"}");
    ApiClient.Response leave = owner.delete("/api/agency/members/" + ownerId);

    assertThat(demote.status()).isEqualTo(409);
    assertThat(demote.problemType()).endsWith("/last-owner");
    assertThat(leave.status()).isEqualTo(409);
    assertThat(owner.get("/api/auth/session").json().path("agency").path("role").asString())
        .isEqualTo("OWNER");
  }

  @Test
  void whenOwnerChangesARoleAndRemovesAMemberThenTheMembersRightsAndSessionsFollow() {
    ApiClient freelancer = callers.member(port, agency, AgencyRole.FREELANCER);
    String freelancerId =
        freelancer.get("/api/auth/session").json().path("user").path("id").asString();
    assertThat(freelancer.get("/api/agency/audit-events").status()).isEqualTo(403);

    ApiClient.Response promoted =
        owner.send("PATCH", "/api/agency/members/" + freelancerId, "{\"role\":\"MANAGER\"}");
    assertThat(promoted.json().path("role").asString()).isEqualTo("MANAGER");
    assertThat(freelancer.get("/api/agency/audit-events").status()).isEqualTo(200);
    ApiClient.Response managerMakesOwner =
        freelancer.send("PATCH", "/api/agency/members/" + freelancerId, "{\"role\":\"OWNER\"}");
    assertThat(managerMakesOwner.status()).isEqualTo(403);

    assertThat(owner.delete("/api/agency/members/" + freelancerId).status()).isEqualTo(204);
    assertThat(freelancer.get("/api/agency").status()).isEqualTo(401);
    assertThat(
            owner.get("/api/agency/audit-events").json().path("items").findValuesAsString("action"))
        .contains("member.role-changed", "member.removed");
  }

  @Test
  void whenAFreelancerTriesToInviteThenTheyAreRefused() {
    ApiClient freelancer = callers.member(port, agency, AgencyRole.FREELANCER);

    ApiClient.Response response =
        freelancer.postJson(
            "/api/agency/invitations", Map.of("email", "x@y.test", "role", "VIEWER"));

    assertThat(response.status()).isEqualTo(403);
  }

  private static String tokenFromMail(String email) {
    CapturedMail.Message mail = CapturedMail.latestTo(email).orElseThrow();
    Matcher link = LINK.matcher(mail.text());
    assertThat(link.find()).as(mail.text()).isTrue();
    return link.group(1);
  }
}
