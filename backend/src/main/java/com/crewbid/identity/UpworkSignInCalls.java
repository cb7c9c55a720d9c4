package com.crewbid.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;

/**
 * What "Sign in with Upwork" asks of Upwork: exchanging the code and learning who signed in. The
 * module that talks to Upwork ({@code upwork}) implements it, so that these calls get the same
 * timeouts and limits as every other call to Upwork (egress rate, daily budget, retries, circuit,
 * metrics) without identity depending on it.
 */
public interface UpworkSignInCalls {

  /**
   * Exchanges authorization codes at Upwork's token endpoint. An endpoint that does not answer
   * usably (no answer in time, a 5xx, an HTML page, broken JSON) surfaces as Spring Security's
   * {@code OAuth2AuthorizationException} with the error code {@value #UNAVAILABLE}, a limit as
   * {@value #THROTTLED}.
   */
  OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchanges();

  /**
   * Who the access token Upwork just issued belongs to ({@code user { id name email }}).
   *
   * @throws LookupFailed when Upwork could not or would not say
   */
  SignedInUser whoIs(String accessToken);

  String UNAVAILABLE = "upwork_unavailable";
  String THROTTLED = "upwork_throttled";

  /** The Upwork user a sign-in's tokens belong to. */
  record SignedInUser(String id, @Nullable String name, @Nullable String email) {}

  /** Why Upwork did not say who signed in. */
  enum Failure {
    /** Upwork did not answer (usably) or its limits were reached: trying later may work. */
    UNAVAILABLE,
    /** Upwork answered with errors. */
    REFUSED,
    /** Upwork answered without naming the user. */
    MISSING
  }

  /** Upwork did not say who signed in; the message never holds a token. */
  final class LookupFailed extends RuntimeException {

    private final Failure failure;

    public LookupFailed(Failure failure, String message) {
      super(message);
      this.failure = failure;
    }

    public Failure failure() {
      return failure;
    }
  }
}
