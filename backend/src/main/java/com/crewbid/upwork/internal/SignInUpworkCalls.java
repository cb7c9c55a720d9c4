package com.crewbid.upwork.internal;

import com.crewbid.identity.UpworkSignInCalls;
import com.crewbid.upwork.client.UpworkClient;
import com.crewbid.upwork.client.UpworkException;
import com.crewbid.upwork.client.UpworkThrottled;
import com.crewbid.upwork.client.UpworkTokenEndpoint;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;

/**
 * "Sign in with Upwork" as identity asks it, through the Upwork client: the code exchange at the
 * token endpoint (timeouts, egress rate) and the {@code user} query (rate, the platform's share of
 * the daily budget, retries, circuit, metrics).
 */
@Component
class SignInUpworkCalls implements UpworkSignInCalls {

  private static final Logger log = LoggerFactory.getLogger(SignInUpworkCalls.class);

  /** Upwork's {@code CurrentUser}, as much as a sign-in needs. */
  record SignInUser(@Nullable String id, @Nullable String name, @Nullable String email) {}

  private final UpworkClient client;
  private final RestClientAuthorizationCodeTokenResponseClient tokenEndpoint;

  SignInUpworkCalls(UpworkClient client, UpworkTokenEndpoint tokens) {
    this.client = client;
    this.tokenEndpoint = tokens.codeExchanges();
  }

  @Override
  public OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchanges() {
    return grant -> {
      try {
        return tokenEndpoint.getTokenResponse(grant);
      } catch (OAuth2AuthorizationException refused) {
        if (UpworkTokenEndpoint.transientError(refused)) {
          throw new OAuth2AuthorizationException(
              new OAuth2Error(UNAVAILABLE, "Upwork is not answering right now.", null));
        }
        throw refused;
      } catch (UpworkThrottled limited) {
        throw new OAuth2AuthorizationException(
            new OAuth2Error(THROTTLED, "Upwork's limits are reached for now.", null));
      } catch (RuntimeException unusable) {
        log.info(
            "Upwork's token endpoint did not answer a sign-in's code exchange usably: {}",
            unusable.getClass().getSimpleName());
        throw new OAuth2AuthorizationException(
            new OAuth2Error(UNAVAILABLE, "Upwork is not answering right now.", null));
      }
    };
  }

  @Override
  public SignedInUser whoIs(String accessToken) {
    SignInUser user;
    try {
      user =
          client
              .queryWithAccessToken(
                  "the user signing in",
                  accessToken,
                  UpworkDocuments.SIGN_IN_USER,
                  null,
                  "user",
                  SignInUser.class)
              .value()
              .orElse(null);
    } catch (UpworkException e) {
      log.info("Upwork did not say who signs in: {}", e.getMessage());
      throw new LookupFailed(
          e.transientFailure() ? Failure.UNAVAILABLE : Failure.REFUSED, e.getMessage());
    }
    if (user == null || user.id() == null || user.id().isBlank()) {
      throw new LookupFailed(Failure.MISSING, "Upwork did not name the signed-in user");
    }
    return new SignedInUser(user.id(), user.name(), user.email());
  }
}
