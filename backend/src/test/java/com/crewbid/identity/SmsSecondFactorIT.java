package com.crewbid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.embedded.CapturedSms;
import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SMS codes as a second factor, through the simulator (crewbid.embedded.sms in the tests). */
@IntegrationTest
class SmsSecondFactorIT {

  private static final AtomicInteger NUMBERS = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired com.crewbid.identity.ratelimit.LoginLockout lockout;
  @Autowired TestAgencies agencies;
  @Autowired JdbcClient jdbc;

  @Test
  void whenAPhoneIsVerifiedThenSignInOwesAnSmsCodeThatWorksOnce() {
    var agency = agencies.register("sms");
    ApiClient browser = signedIn(agency);
    String phone = newPhone();

    enrol(browser, phone);

    var status = browser.get("/api/me/mfa").json();
    assertThat(status.path("smsEnabled").asBoolean()).isTrue();
    assertThat(status.path("smsPhone").asString())
        .isEqualTo(phone.substring(0, 6) + "•••••" + phone.substring(11));
    assertThat(status.path("enabled").asBoolean()).as("no authenticator app").isFalse();
    assertThat(sealedPhoneColumn(agency)).doesNotContain(phone.substring(1));

    ApiClient next = new ApiClient(port);
    ApiClient.Response firstFactor = next.signIn(agency.ownerEmail(), agency.ownerPassword());
    assertThat(firstFactor.json().path("mfaPending").asBoolean()).isTrue();
    assertThat(firstFactor.json().path("mfaSmsAvailable").asBoolean()).isTrue();
    assertThat(next.postJson("/api/auth/mfa/sms", "{}").status()).isEqualTo(202);
    String code = codeSentTo(phone);
    ApiClient.Response wrong = next.postJson("/api/auth/mfa", Map.of("smsCode", other(code)));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.problemType()).endsWith("/invalid-mfa-code");
    ApiClient.Response right = next.postJson("/api/auth/mfa", Map.of("smsCode", code));
    assertThat(right.status()).as(right.body()).isEqualTo(200);
    assertThat(right.json().path("authenticated").asBoolean()).isTrue();
    assertThat(next.get("/api/agency").status()).isEqualTo(200);

    ApiClient third = signedIn(agency);
    assertThat(third.postJson("/api/auth/mfa", Map.of("smsCode", code)).status())
        .as("a code works once")
        .isEqualTo(401);
  }

  @Test
  void whenFiveWrongCodesAreEnteredThenTheAccountLocksAndTheCodeIsDead() {
    var agency = agencies.register("sms-attempts");
    ApiClient browser = signedIn(agency);
    String phone = newPhone();
    enrol(browser, phone);

    ApiClient next = signedIn(agency);
    next.postJson("/api/auth/mfa/sms", "{}");
    String code = codeSentTo(phone);
    for (int i = 0; i < 5; i++) {
      assertThat(next.postJson("/api/auth/mfa", Map.of("smsCode", other(code))).status())
          .isEqualTo(401);
    }

    ApiClient.Response locked = next.postJson("/api/auth/mfa", Map.of("smsCode", code));
    assertThat(locked.status())
        .as("five wrong codes lock the account out, as five wrong passwords do")
        .isEqualTo(423);
    // The lock lifted (as it does after a while, or after a password reset): the code is dead.
    lockout.recordSuccess(agency.ownerEmail().toLowerCase(java.util.Locale.ROOT));
    assertThat(next.postJson("/api/auth/mfa", Map.of("smsCode", code)).status())
        .as("the code died with the fifth wrong attempt")
        .isEqualTo(401);
    next.postJson("/api/auth/mfa/sms", "{}");
    assertThat(next.postJson("/api/auth/mfa", Map.of("smsCode", codeSentTo(phone))).status())
        .as("a new code works")
        .isEqualTo(200);
  }

  @Test
  void whenEnrollingThenTheNumberMustBeE164AndTheCodeRight() {
    var agency = agencies.register("sms-enrol");
    ApiClient browser = signedIn(agency);
    String phone = newPhone();

    ApiClient.Response invalid = browser.postJson("/api/me/mfa/sms", Map.of("phone", "0671234567"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.problemType()).endsWith("/validation");
    assertThat(browser.postJson("/api/me/mfa/sms", Map.of("phone", phone)).status()).isEqualTo(202);
    String code = codeSentTo(phone);
    assertThat(browser.postJson("/api/me/mfa/sms/confirm", Map.of("code", other(code))).status())
        .isEqualTo(400);
    assertThat(browser.get("/api/me/mfa").json().path("smsEnabled").asBoolean()).isFalse();
    assertThat(browser.postJson("/api/me/mfa/sms/confirm", Map.of("code", code)).status())
        .isEqualTo(200);
    assertThat(browser.postJson("/api/me/mfa/sms", Map.of("phone", phone)).status())
        .as("already on")
        .isEqualTo(409);
  }

  @Test
  void whenTurningSmsOffThenThePasswordIsNeededAndSignInNoLongerOwesACode() {
    var agency = agencies.register("sms-off");
    ApiClient browser = signedIn(agency);
    enrol(browser, newPhone());

    ApiClient.Response wrong =
        browser.send("DELETE", "/api/me/mfa/sms", "{\"password\":\"not it\"}");
    ApiClient.Response right =
        browser.send(
            "DELETE", "/api/me/mfa/sms", "{\"password\":\"" + agency.ownerPassword() + "\"}");

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.problemType()).endsWith("/reauthentication-failed");
    assertThat(right.status()).isEqualTo(204);
    assertThat(browser.get("/api/me/mfa").json().path("smsEnabled").asBoolean()).isFalse();
    ApiClient.Response signIn =
        new ApiClient(port).signIn(agency.ownerEmail(), agency.ownerPassword());
    assertThat(signIn.json().path("authenticated").asBoolean()).isTrue();
    assertThat(auditActions(agency)).contains("mfa.sms-enabled", "mfa.sms-disabled");
  }

  /** A new browser past the password (and owing the second factor, if the owner has one). */
  private ApiClient signedIn(TestAgencies.Agency agency) {
    ApiClient browser = new ApiClient(port);
    browser.signIn(agency.ownerEmail(), agency.ownerPassword());
    return browser;
  }

  private void enrol(ApiClient browser, String phone) {
    assertThat(browser.postJson("/api/me/mfa/sms", Map.of("phone", phone)).status()).isEqualTo(202);
    ApiClient.Response confirmed =
        browser.postJson("/api/me/mfa/sms/confirm", Map.of("code", codeSentTo(phone)));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
  }

  /** The code in the newest text to the phone; the text holds nothing else but "Crewbid". */
  private static String codeSentTo(String phone) {
    String text = CapturedSms.latestTo(phone).orElseThrow().text();
    assertThat(text).matches("Crewbid: \\d{6}");
    return text.substring(text.length() - 6);
  }

  private static String other(String code) {
    return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
  }

  /** A number no other test uses, so that {@link CapturedSms#latestTo} finds this test's texts. */
  private static String newPhone() {
    return "+38067" + "%07d".formatted(NUMBERS.incrementAndGet());
  }

  private String sealedPhoneColumn(TestAgencies.Agency agency) {
    return jdbc.sql(
            "select s.phone_sealed from platform.mfa_sms_phones s join platform.users u on u.id = s.user_id"
                + " where u.email = ?")
        .param(agency.ownerEmail())
        .query(String.class)
        .single();
  }

  private java.util.List<String> auditActions(TestAgencies.Agency agency) {
    ApiClient owner = signedIn(agency);
    return owner
        .get("/api/agency/audit-events?size=100")
        .json()
        .path("items")
        .findValuesAsString("action");
  }
}
