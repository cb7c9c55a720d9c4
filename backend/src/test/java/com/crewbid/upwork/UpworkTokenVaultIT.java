package com.crewbid.upwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.secrets.SecretSealer;
import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.UpworkConsent;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

/**
 * The Upwork tokens of a sign-in are kept sealed; a refresh stores the rotated refresh token, and
 * the old one stops working at the sandbox once its grace period is over.
 */
@IntegrationTest
class UpworkTokenVaultIT {

  static final String PRIYA = "1638473311920246784";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SecretSealer sealer;
  @Autowired UpworkTokens tokens;
  @Autowired SealedAuthorizedClients clients;

  @AfterEach
  void resetSandbox() {
    new ApiClient(port).withoutCsrf().delete("/upwork-sandbox/_control");
  }

  @Test
  void whenSomeoneSignsInWithUpworkThenTheirTokensAreStoredSealedAndARefreshRotatesThem() {
    ApiClient browser = new ApiClient(port);
    UpworkConsent.signIn(browser, "Priya");
    Map<String, Object> row = storedRow(PRIYA);
    String firstRefresh = openRefresh(row);
    String firstAccess =
        sealer.openText(
            (String) row.get("access_token_sealed"),
            SealedAuthorizedClients.associatedData("upwork", PRIYA));
    assertThat(String.valueOf(row.get("access_token_sealed"))).doesNotContain(firstAccess);
    assertThat(String.valueOf(row.get("refresh_token_sealed"))).doesNotContain(firstRefresh);
    assertThat(tokens.accessToken(PRIYA)).contains(firstAccess);

    OAuth2AuthorizedClient refreshed = tokens.refreshAsIfLater(PRIYA, Duration.ofHours(25));

    String secondRefresh = openRefresh(storedRow(PRIYA));
    assertThat(secondRefresh)
        .isNotEqualTo(firstRefresh)
        .isEqualTo(refreshed.getRefreshToken().getTokenValue());
    assertThat(refreshed.getAccessToken().getTokenValue()).isNotEqualTo(firstAccess);
    assertThat(graphqlUserStatus(refreshed.getAccessToken().getTokenValue())).isEqualTo(200);

    // The old refresh token works for 24 h more at Upwork (the grace period), then never again.
    assertThat(refreshAtSandbox(firstRefresh).status()).isEqualTo(200);
    new ApiClient(port)
        .withoutCsrf()
        .postJson("/upwork-sandbox/_control/clock", Map.of("advanceBy", "PT25H"));
    ApiClient.Response expired = refreshAtSandbox(firstRefresh);
    assertThat(expired.status()).isEqualTo(400);
    assertThat(expired.json().path("error").asString()).isEqualTo("invalid_grant");
  }

  @Test
  void whenTheSealedTokenIsMovedToAnotherPersonsRowThenItDoesNotOpen() {
    UpworkConsent.signIn(new ApiClient(port), "Priya");
    String sealed = (String) storedRow(PRIYA).get("refresh_token_sealed");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                sealer.openText(
                    sealed, SealedAuthorizedClients.associatedData("upwork", "someone-else")))
        .isInstanceOf(com.crewbid.secrets.SecretSealingException.class);
  }

  private Map<String, Object> storedRow(String principal) {
    return jdbc.sql("select * from platform.upwork_authorized_clients where principal_name = ?")
        .param(principal)
        .query()
        .singleRow();
  }

  private String openRefresh(Map<String, Object> row) {
    return sealer.openText(
        (String) row.get("refresh_token_sealed"),
        SealedAuthorizedClients.associatedData("upwork", PRIYA));
  }

  private int graphqlUserStatus(String accessToken) {
    return new ApiClient(port)
        .withoutCsrf()
        .postJson(
            "/upwork-sandbox/graphql",
            Map.of("query", "query { user { id } }"),
            "Authorization",
            "Bearer " + accessToken)
        .status();
  }

  private ApiClient.Response refreshAtSandbox(String refreshToken) {
    return refreshAtSandbox(port, refreshToken);
  }

  /** Uses a refresh token at the sandbox's token endpoint, as Upwork's client would. */
  static ApiClient.Response refreshAtSandbox(int port, String refreshToken) {
    return new ApiClient(port)
        .withoutCsrf()
        .postForm(
            "/upwork-sandbox/api/v3/oauth2/token",
            "grant_type",
            "refresh_token",
            "refresh_token",
            refreshToken,
            "client_id",
            "crewbid-test",
            "client_secret",
            "crewbid-test-sandbox-secret");
  }
}
