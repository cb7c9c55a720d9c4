package com.crewbid.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.UserAccounts;
import com.crewbid.shared.UserId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Signed-in browsers of the kinds of people tests need, ready to call the API. */
@Component
public class Callers {

  public static final String ADMIN_EMAIL = "admin@crewbid.test";
  public static final String ADMIN_PASSWORD = "admin-password-for-tests";

  private final UserAccounts accounts;
  private String adminTotpSecret;

  /** The 30-second TOTP step whose admin code was last used: the server refuses a replay. */
  private long lastUsedStep = -1;

  private ApiClient signedInAdmin;

  Callers(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /** A signed-in member and who they are. */
  public record Member(ApiClient browser, UserId id, String email, String password) {}

  /** A member of the agency with the given role, signed in. */
  public ApiClient member(int port, TestAgencies.Agency agency, AgencyRole role) {
    return signedInMember(port, agency, role).browser();
  }

  /** A member of the agency with the given role, signed in, with their id. */
  public Member signedInMember(int port, TestAgencies.Agency agency, AgencyRole role) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String email = role.name().toLowerCase() + "-" + suffix + "@" + agency.slug() + ".test";
    String password = "pw-" + suffix + "-member-long";
    UserId id =
        accounts.createMember(agency.id(), email, role.name() + " " + suffix, password, role);
    ApiClient client = new ApiClient(port);
    assertThat(client.signIn(email, password).status()).isEqualTo(200);
    return new Member(client, id, email, password);
  }

  /**
   * A member of the agency with the given role, signed in with a password, whose Upwork account is
   * linked (through the real linking flow) to the seeded sandbox user whose first name is given
   * ("Olena", "Mateo", "Priya", "Jonas", "Amara"). An Upwork account acts for one member per
   * agency: use each seeded user once per agency.
   */
  public Member linkedMember(
      int port, TestAgencies.Agency agency, AgencyRole role, String upworkFirstName) {
    Member member = signedInMember(port, agency, role);
    UpworkConsent.link(member.browser(), upworkFirstName);
    return member;
  }

  /**
   * The platform admin, signed in with both factors (enrolling MFA the first time). The session is
   * shared by the tests while it lasts: a TOTP code works once, so a new sign-in may wait for the
   * next 30-second step.
   */
  public synchronized ApiClient admin(int port) {
    if (signedInAdmin != null
        && signedInAdmin.port() == port
        && signedInAdmin.get("/api/auth/session").json().path("authenticated").asBoolean()) {
      return signedInAdmin;
    }
    signedInAdmin = freshAdmin(port);
    return signedInAdmin;
  }

  /** A new admin session of its own (for tests that end sessions). */
  public synchronized ApiClient freshAdmin(int port) {
    ApiClient admin = new ApiClient(port);
    ApiClient.Response first = admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    assertThat(first.status()).isEqualTo(200);
    if (first.json().path("mfaPending").asBoolean()) {
      ApiClient.Response second =
          admin.postJson("/api/auth/mfa", java.util.Map.of("code", unusedAdminCode()));
      if (second.status() != 200) {
        // The code of this 30 s step was used elsewhere (another context); wait for the next one.
        sleepToNextStep();
        second = admin.postJson("/api/auth/mfa", java.util.Map.of("code", unusedAdminCode()));
      }
      assertThat(second.status()).as(second.body()).isEqualTo(200);
    } else if (first.json().path("mfaEnrollmentRequired").asBoolean()) {
      ApiClient.Response enrolment = admin.postJson("/api/me/mfa/totp", "{}");
      assertThat(enrolment.status()).as(enrolment.body()).isEqualTo(200);
      adminTotpSecret = enrolment.json().path("secret").asString();
      ApiClient.Response confirmed =
          admin.postJson("/api/me/mfa/totp/confirm", java.util.Map.of("code", unusedAdminCode()));
      assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    }
    return admin;
  }

  /**
   * A current TOTP code of the platform admin that no sign-in has used yet, waiting for the next
   * 30-second step when this one's code was used (for signing the admin in elsewhere, e.g. in a
   * browser). The admin must have been enrolled, e.g. by {@link #admin(int)}.
   */
  public synchronized String unusedAdminCode() {
    assertThat(adminTotpSecret).as("the admin has enrolled MFA").isNotNull();
    if (System.currentTimeMillis() / 30_000 <= lastUsedStep) {
      sleepToNextStep();
    }
    long now = System.currentTimeMillis();
    lastUsedStep = now / 30_000;
    return TotpCodes.at(adminTotpSecret, now);
  }

  private static void sleepToNextStep() {
    long wait = 30_000 - (System.currentTimeMillis() % 30_000) + 200;
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
