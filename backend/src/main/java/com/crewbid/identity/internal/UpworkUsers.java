package com.crewbid.identity.internal;

import com.crewbid.identity.UpworkSignInCalls;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;

/**
 * Who signed in with Upwork: Upwork has no OpenID user-info endpoint, so its GraphQL API is asked
 * ({@code user}) with the fresh access token, through {@link UpworkSignInCalls} (the Upwork
 * client's timeouts and limits). GraphQL answers 200 even on failure; errors are failures here.
 */
@Component
class UpworkUsers implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

  private final UpworkSignInCalls upwork;

  UpworkUsers(UpworkSignInCalls upwork) {
    this.upwork = upwork;
  }

  @Override
  public OAuth2User loadUser(OAuth2UserRequest request) {
    UpworkSignInCalls.SignedInUser user;
    try {
      user = upwork.whoIs(request.getAccessToken().getTokenValue());
    } catch (UpworkSignInCalls.LookupFailed e) {
      throw switch (e.failure()) {
        case UNAVAILABLE ->
            failure(
                "upwork_unavailable", "Upwork did not answer who you are. Try again in a moment.");
        case REFUSED -> failure("upwork_user_query_failed", "Upwork refused to tell who you are.");
        case MISSING -> failure("upwork_user_missing", "Upwork did not name the signed-in user.");
      };
    }
    Map<String, Object> attributes =
        Map.of(
            "id", user.id(),
            "name", user.name() == null ? "" : user.name(),
            "email", user.email() == null ? "" : user.email());
    return new DefaultOAuth2User(
        List.of(new SimpleGrantedAuthority("OAUTH2_USER")), attributes, "id");
  }

  private static OAuth2AuthenticationException failure(String code, String message) {
    return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
  }
}
