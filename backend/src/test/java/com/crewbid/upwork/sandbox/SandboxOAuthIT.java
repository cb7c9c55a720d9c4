package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxHttp.AUTHORIZE;
import static com.crewbid.upwork.sandbox.SandboxHttp.CLIENT_ID;
import static com.crewbid.upwork.sandbox.SandboxHttp.CLIENT_SECRET;
import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA;
import static com.crewbid.upwork.sandbox.SandboxHttp.OTHER_CLIENT_ID;
import static com.crewbid.upwork.sandbox.SandboxHttp.OTHER_CLIENT_SECRET;
import static com.crewbid.upwork.sandbox.SandboxHttp.REDIRECT_URI;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sandbox's authorize and token endpoints behave as Upwork's, RFC 6749 errors included. */
@IntegrationTest
class SandboxOAuthIT {

  static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  @LocalServerPort int port;
  @Autowired SandboxControl control;

  SandboxHttp sandbox;

  @BeforeEach
  void connect() {
    sandbox = new SandboxHttp(port);
  }

  @AfterEach
  void resetSandbox() {
    control.reset();
  }

  @Test
  void whenUserConsentsWithPkceThenCodeCarriesStateAndExchangesForWorkingTokens() {
    SandboxHttp.Response page = sandbox.authorize(pkceAuthorizeFields());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body())
        .contains("Continue as Olena Koval", "Continue as Amara Okafor")
        .contains("st&lt;ate&gt;&amp;1")
        .doesNotContain("st<ate>");

    SandboxHttp.Response consent = sandbox.consent(OLENA, pkceAuthorizeFields());
    Map<String, String> answer = consent.redirectParameters();
    assertThat(consent.redirectTarget()).isEqualTo(REDIRECT_URI);
    assertThat(answer.get("state")).isEqualTo("st<ate>&1");

    SandboxHttp.Response tokens = exchangeWithVerifier(answer.get("code"), VERIFIER);
    assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
    assertThat(tokens.header("Cache-Control")).isEqualTo("no-store");
    assertThat(tokens.json().path("token_type").asString()).isEqualTo("Bearer");
    assertThat(tokens.json().path("expires_in").asLong()).isEqualTo(86400);
    assertThat(tokens.json().path("access_token").asString()).startsWith("oauth2v2_");
    assertThat(tokens.json().path("refresh_token").asString()).isNotBlank();

    SandboxHttp.Response me =
        sandbox.graphql(tokens.json().path("access_token").asString(), "{ user { id } }");
    assertThat(me.json().path("data").path("user").path("id").asString()).isEqualTo(OLENA);
  }

  @Test
  void whenPkceVerifierIsWrongOrMissingThenInvalidGrant() {
    String code = sandbox.consent(OLENA, pkceAuthorizeFields()).redirectParameters().get("code");
    SandboxHttp.Response wrong = exchangeWithVerifier(code, VERIFIER.replace('d', 'e'));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().path("error").asString()).isEqualTo("invalid_grant");

    String another = sandbox.consent(OLENA, pkceAuthorizeFields()).redirectParameters().get("code");
    SandboxHttp.Response missing = sandbox.exchange(another);
    assertThat(missing.json().path("error").asString()).isEqualTo("invalid_grant");
  }

  @Test
  void whenCodeIsExchangedTwiceThenTheSecondExchangeIsInvalidGrant() {
    String code = sandbox.codeFor(OLENA);
    assertThat(sandbox.exchange(code).status()).isEqualTo(200);

    SandboxHttp.Response replay = sandbox.exchange(code);
    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.json().path("error").asString()).isEqualTo("invalid_grant");
  }

  @Test
  void whenCodeIsOlderThanTenMinutesThenInvalidGrant() {
    String code = sandbox.codeFor(OLENA);
    control.advanceClock(Duration.ofMinutes(10).plusSeconds(1));

    assertThat(sandbox.exchange(code).json().path("error").asString()).isEqualTo("invalid_grant");
  }

  @Test
  void whenTokenRequestNamesAnotherRedirectUriThenInvalidGrant() {
    String code = sandbox.codeFor(OLENA);
    SandboxHttp.Response response =
        sandbox.exchange(code, "redirect_uri", "http://localhost:8080/login/oauth2/code/upwork");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("error").asString()).isEqualTo("invalid_grant");
  }

  @Test
  void whenAnotherClientRedeemsTheCodeThenInvalidGrant() {
    String code = sandbox.codeFor(OLENA);
    SandboxHttp.Response response =
        sandbox.exchange(code, "client_id", OTHER_CLIENT_ID, "client_secret", OTHER_CLIENT_SECRET);

    assertThat(response.json().path("error").asString()).isEqualTo("invalid_grant");
  }

  @Test
  void whenRedirectUriIsNotRegisteredThenAnErrorPageAndNoRedirect() {
    SandboxHttp.Response response =
        sandbox.authorize("redirect_uri", "https://attacker.example/callback", "state", "s");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Location")).isNull();
    assertThat(response.body()).contains("redirect_uri is not registered");
  }

  @Test
  void whenClientIsUnknownThenAnErrorPage() {
    SandboxHttp.Response response = sandbox.authorize("client_id", "nobody");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Location")).isNull();
  }

  @Test
  void whenScopeIsRequestedThenRedirectWithInvalidScopeAndState() {
    SandboxHttp.Response response = sandbox.authorize("state", "xyz", "scope", "openid profile");

    assertThat(response.redirectTarget()).isEqualTo(REDIRECT_URI);
    assertThat(response.redirectParameters())
        .containsEntry("error", "invalid_scope")
        .containsEntry("state", "xyz")
        .doesNotContainKey("code");
  }

  @Test
  void whenResponseTypeIsNotCodeThenRedirectWithUnsupportedResponseType() {
    SandboxHttp.Response response = sandbox.authorize("response_type", "token", "state", "xyz");

    assertThat(response.redirectParameters())
        .containsEntry("error", "unsupported_response_type")
        .containsEntry("state", "xyz");
  }

  @Test
  void whenUserCancelsThenRedirectWithAccessDenied() {
    SandboxHttp.Response response =
        sandbox.postForm(
            AUTHORIZE,
            new String[0],
            SandboxHttp.authorizeFields("state", "xyz", "decision", "deny"));

    assertThat(response.redirectParameters()).containsEntry("error", "access_denied");
  }

  @Test
  void whenClientSecretComesInTheBodyOrAsBasicThenBothAreAcceptedAndAWrongOneIsNot() {
    assertThat(sandbox.exchange(sandbox.codeFor(OLENA)).status()).isEqualTo(200);

    SandboxHttp.Response basic =
        sandbox.postForm(
            SandboxHttp.TOKEN,
            new String[] {"Authorization", SandboxHttp.basic(CLIENT_ID, CLIENT_SECRET)},
            "grant_type",
            "authorization_code",
            "code",
            sandbox.codeFor(OLENA),
            "redirect_uri",
            REDIRECT_URI);
    assertThat(basic.status()).as(basic.body()).isEqualTo(200);

    SandboxHttp.Response wrong =
        sandbox.exchange(sandbox.codeFor(OLENA), "client_secret", "not-the-secret");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().path("error").asString()).isEqualTo("invalid_client");
    assertThat(wrong.body()).doesNotContain("not-the-secret");
  }

  @Test
  void whenGrantTypeIsUnknownOrMissingThenTheMatchingError() {
    SandboxHttp.Response unknown =
        sandbox.token(
            "grant_type", "password", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("error").asString()).isEqualTo("unsupported_grant_type");

    SandboxHttp.Response missing =
        sandbox.token("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET);
    assertThat(missing.json().path("error").asString()).isEqualTo("invalid_request");
  }

  @Test
  void whenRefreshingThenTokensRotateAndTheOldRefreshTokenWorksOnlyFor24Hours() {
    SandboxHttp.Tokens first = sandbox.signIn(OLENA);

    SandboxHttp.Response rotated = sandbox.refresh(first.refreshToken());
    assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
    String newAccess = rotated.json().path("access_token").asString();
    String newRefresh = rotated.json().path("refresh_token").asString();
    assertThat(newRefresh).isNotEqualTo(first.refreshToken());
    assertThat(newAccess).isNotEqualTo(first.accessToken());
    assertThat(sandbox.graphql(newAccess, "{ user { id } }").status()).isEqualTo(200);

    control.advanceClock(Duration.ofHours(23));
    SandboxHttp.Response withinGrace = sandbox.refresh(first.refreshToken());
    assertThat(withinGrace.status()).as(withinGrace.body()).isEqualTo(200);

    control.advanceClock(Duration.ofHours(2));
    SandboxHttp.Response afterGrace = sandbox.refresh(first.refreshToken());
    assertThat(afterGrace.status()).isEqualTo(400);
    assertThat(afterGrace.json().path("error").asString()).isEqualTo("invalid_grant");

    SandboxHttp.Response withNew = sandbox.refresh(newRefresh);
    assertThat(withNew.status()).as(withNew.body()).isEqualTo(200);
    assertThat(
            sandbox
                .graphql(withNew.json().path("access_token").asString(), "{ user { id } }")
                .status())
        .isEqualTo(200);
  }

  @Test
  void whenRefreshTokenIsOlderThan14DaysThenInvalidGrant() {
    SandboxHttp.Tokens tokens = sandbox.signIn(OLENA);
    control.advanceClock(Duration.ofDays(14).plusMinutes(1));

    assertThat(sandbox.refresh(tokens.refreshToken()).json().path("error").asString())
        .isEqualTo("invalid_grant");
  }

  @Test
  void whenAccessTokenIsOlderThan24HoursThenGraphQlAnswers401() {
    SandboxHttp.Tokens tokens = sandbox.signIn(OLENA);
    control.advanceClock(Duration.ofHours(24).plusSeconds(1));

    assertThat(sandbox.graphql(tokens.accessToken(), "{ user { id } }").status()).isEqualTo(401);
  }

  @Test
  void whenUsersTokensAreRevokedThenRefreshIsInvalidGrantAndGraphQlAnswers401() {
    SandboxHttp.Tokens tokens = sandbox.signIn(OLENA);
    SandboxHttp.Tokens amara = sandbox.signIn(SandboxHttp.AMARA);

    assertThat(control.revokeTokens(OLENA)).isTrue();

    SandboxHttp.Response graphql = sandbox.graphql(tokens.accessToken(), "{ user { id } }");
    assertThat(graphql.status()).isEqualTo(401);
    assertThat(graphql.header("WWW-Authenticate")).contains("invalid_token");
    assertThat(sandbox.refresh(tokens.refreshToken()).json().path("error").asString())
        .isEqualTo("invalid_grant");
    assertThat(sandbox.graphql(amara.accessToken(), "{ user { id } }").status()).isEqualTo(200);
    assertThat(sandbox.signIn(OLENA).accessToken()).isNotBlank();
  }

  private static String[] pkceAuthorizeFields() {
    return new String[] {
      "state", "st<ate>&1", "code_challenge", CHALLENGE, "code_challenge_method", "S256"
    };
  }

  private SandboxHttp.Response exchangeWithVerifier(String code, String verifier) {
    return sandbox.exchange(code, "code_verifier", verifier);
  }
}
