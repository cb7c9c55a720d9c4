package com.crewbid.upwork;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;

/**
 * A person's current Upwork access token, refreshed shortly before it expires. Every refresh
 * rotates the refresh token (Upwork issues a new one and cuts the old one to 24 h); the new pair is
 * stored before the token is used.
 */
@Service
public class UpworkTokens {

  /** Refresh this long before the access token expires. */
  static final Duration REFRESH_AHEAD = Duration.ofMinutes(10);

  static final String REGISTRATION = "upwork";

  private final SealedAuthorizedClients clients;
  private final ClientRegistrationRepository registrations;
  private final Clock clock;
  private final AuthorizedClientServiceOAuth2AuthorizedClientManager manager;

  UpworkTokens(
      SealedAuthorizedClients clients, ClientRegistrationRepository registrations, Clock clock) {
    this.clients = clients;
    this.registrations = registrations;
    this.clock = clock;
    this.manager = managerAt(clock);
  }

  /** The access token of an Upwork user who signed in, refreshed if it is (about to be) expired. */
  public Optional<String> accessToken(String upworkUserId) {
    OAuth2AuthorizedClient client = manager.authorize(request(upworkUserId));
    return Optional.ofNullable(client).map(c -> c.getAccessToken().getTokenValue());
  }

  /** Refreshes as if it were {@code ahead} later than now (tests and operations). */
  OAuth2AuthorizedClient refreshAsIfLater(String upworkUserId, Duration ahead) {
    return managerAt(Clock.offset(clock, ahead)).authorize(request(upworkUserId));
  }

  private AuthorizedClientServiceOAuth2AuthorizedClientManager managerAt(Clock at) {
    RefreshTokenOAuth2AuthorizedClientProvider refresh =
        new RefreshTokenOAuth2AuthorizedClientProvider();
    refresh.setClock(at);
    refresh.setClockSkew(REFRESH_AHEAD);
    refresh.setAccessTokenResponseClient(new RestClientRefreshTokenTokenResponseClient());
    AuthorizedClientServiceOAuth2AuthorizedClientManager built =
        new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
    built.setAuthorizedClientProvider(refresh);
    return built;
  }

  private static OAuth2AuthorizeRequest request(String upworkUserId) {
    return OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
        .principal(
            new AnonymousAuthenticationToken(
                "upwork", upworkUserId, AuthorityUtils.createAuthorityList("ROLE_UPWORK_MEMBER")) {
              @Override
              public String getName() {
                return upworkUserId;
              }
            })
        .build();
  }
}
