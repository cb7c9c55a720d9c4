package com.crewbid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.embedded.CapturedMail;
import com.crewbid.identity.AuditLog;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.MutableClock;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An invitation is valid for 7 days: the same use case on a clock moved forward says so. */
@IntegrationTest
class InvitationExpiryIT {

  static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired InvitationRecords invitationRecords;
  @Autowired MembershipRecords memberships;
  @Autowired UserRecords users;
  @Autowired TenantCatalog catalog;
  @Autowired IdentityMails mails;
  @Autowired AuditLog audit;
  @Autowired TenantScope tenantScope;

  @Test
  void whenSevenDaysHavePassedThenTheInvitationHasExpiredAndCannotBeAccepted() {
    var agency = agencies.register("invite-expiry");
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
    String email = "later-" + UUID.randomUUID().toString().substring(0, 8) + "@invitee.test";
    owner.postJson("/api/agency/invitations", Map.of("email", email, "role", "VIEWER"));
    String token = token(email);
    Instant sent = invitationRecords.findByTokenHash(Tokens.hash(token)).orElseThrow().createdAt();
    MutableClock clock = new MutableClock(sent);
    Invitations later =
        new Invitations(
            invitationRecords, memberships, users, catalog, mails, audit, tenantScope, clock);

    clock.advance(Invitations.VALIDITY.minus(Duration.ofMinutes(1)));
    assertThat(later.preview(token).status()).isEqualTo(InvitationRecord.Status.PENDING);
    assertThat(later.pending(token).email()).isEqualTo(email);

    clock.advance(Duration.ofMinutes(2));
    assertThat(later.preview(token).status()).isEqualTo(InvitationRecord.Status.EXPIRED);
    assertThatThrownBy(() -> later.pending(token))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.LINK_EXPIRED));
    com.crewbid.shared.UserId someone = ownerId(owner);
    assertThatThrownBy(() -> later.accept(token, someone))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.LINK_EXPIRED));
    assertThat(
            new ApiClient(port).get("/api/invitations/" + token).json().path("status").asString())
        .as("today it is still open")
        .isEqualTo("PENDING");
  }

  private static com.crewbid.shared.UserId ownerId(ApiClient owner) {
    return com.crewbid.shared.UserId.of(
        UUID.fromString(owner.get("/api/auth/session").json().path("user").path("id").asString()));
  }

  private static String token(String email) {
    CapturedMail.Message mail = CapturedMail.latestTo(email).orElseThrow();
    Matcher link = LINK.matcher(mail.text());
    assertThat(link.find()).as(mail.text()).isTrue();
    return link.group(1);
  }
}
