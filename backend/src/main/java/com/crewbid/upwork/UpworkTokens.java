package com.crewbid.upwork;

import com.crewbid.upwork.client.UpworkTokenEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;

/**
 * A person's current Upwork access token, refreshed shortly before it expires. Every refresh
 * rotates the refresh token (Upwork issues a new one and cuts the old one to 24 h); the new pair is
 * stored before the token is used. Refreshes go through an {@link UpworkTokenEndpoint} (timeouts,
 * the egress rate): the configured one, or the one of the caller (the GraphQL client passes its
 * own).
 */
@Service
public class UpworkTokens {

  /** Refresh this long before the access token expires. */
  static final Duration REFRESH_AHEAD = Duration.ofMinutes(10);

  static final String REGISTRATION = "upwork";

  /** Far enough ahead that every access token counts as expired. */
  private static final Duration FORCE_REFRESH = Duration.ofDays(3650);

  private final SealedAuthorizedClients clients;
  private final ClientRegistrationRepository registrations;
  private final Clock clock;
  private final UpworkTokenEndpoint endpoint;

  UpworkTokens(
      SealedAuthorizedClients clients,
      ClientRegistrationRepository registrations,
      Clock clock,
      UpworkTokenEndpoint endpoint) {
    this.clients = clients;
    this.registrations = registrations;
    this.clock = clock;
    this.endpoint = endpoint;
  }

  /** The access token of an Upwork user who signed in, refreshed if it is (about to be) expired. */
  public Optional<String> accessToken(String upworkUserId) {
    return accessToken(upworkUserId, endpoint);
  }

  /** As {@link #accessToken(String)}, refreshing through the given endpoint. */
  public Optional<String> accessToken(String upworkUserId, UpworkTokenEndpoint through) {
    OAuth2AuthorizedClient client = managerAt(clock, through).authorize(request(upworkUserId));
    return Optional.ofNullable(client).map(c -> c.getAccessToken().getTokenValue());
  }

  /**
   * Refreshes now, whatever the expiry says: for when Upwork rejected an access token that had not
   * expired (revoked, or replaced by a refresh elsewhere). Throws Spring Security's {@code
   * OAuth2AuthorizationException} with {@code invalid_grant} when the refresh token is no longer
   * valid; the stored authorization is removed then.
   */
  public Optional<String> refreshedAccessToken(String upworkUserId) {
    return refreshedAccessToken(upworkUserId, endpoint);
  }

  /** As {@link #refreshedAccessToken(String)}, through the given endpoint. */
  public Optional<String> refreshedAccessToken(String upworkUserId, UpworkTokenEndpoint through) {
    return Optional.ofNullable(
            managerAt(Clock.offset(clock, FORCE_REFRESH), through).authorize(request(upworkUserId)))
        .map(c -> c.getAccessToken().getTokenValue());
  }

  /**
   * Refreshes the stored tokens now if the refresh token was issued before {@code issuedBefore}, or
   * at an unknown time (the scheduled refresh keeps idle grants alive). Throws as {@link
   * #refreshedAccessToken}.
   *
   * @return whether a refresh was made
   */
  public boolean refreshIfIssuedBefore(String principal, java.time.Instant issuedBefore) {
    OAuth2AuthorizedClient stored = clients.loadAuthorizedClient(REGISTRATION, principal);
    if (stored == null || stored.getRefreshToken() == null) {
      return false;
    }
    java.time.Instant issued = stored.getRefreshToken().getIssuedAt();
    if (issued != null && !issued.isBefore(issuedBefore)) {
      return false;
    }
    return refreshedAccessToken(principal).isPresent();
  }

  /** Refreshes as if it were {@code ahead} later than now (tests and operations). */
  OAuth2AuthorizedClient refreshAsIfLater(String upworkUserId, Duration ahead) {
    return managerAt(Clock.offset(clock, ahead), endpoint).authorize(request(upworkUserId));
  }

  private AuthorizedClientServiceOAuth2AuthorizedClientManager managerAt(
      Clock at, UpworkTokenEndpoint through) {
    RefreshTokenOAuth2AuthorizedClientProvider refresh =
        new RefreshTokenOAuth2AuthorizedClientProvider();
    refresh.setClock(at);
    refresh.setClockSkew(REFRESH_AHEAD);
    refresh.setAccessTokenResponseClient(through.refreshes());
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
