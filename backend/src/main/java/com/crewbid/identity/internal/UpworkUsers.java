package com.crewbid.identity.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Who signed in with Upwork: Upwork has no OpenID user-info endpoint, so this asks its GraphQL API
 * ({@code user { id nid rid name email }}) with the fresh access token. GraphQL answers 200 even on
 * failure, so {@code errors[]} is read as a failure.
 */
@Component
class UpworkUsers implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

  static final String QUERY = "query { user { id nid rid name email } }";

  private final UpworkClientRegistrations registrations;
  private final RestClient http;

  UpworkUsers(UpworkClientRegistrations registrations, RestClient.Builder http) {
    this.registrations = registrations;
    this.http = http.build();
  }

  @Override
  public OAuth2User loadUser(OAuth2UserRequest request) {
    JsonNode answer;
    try {
      answer =
          http.post()
              .uri(registrations.graphqlUri())
              .contentType(MediaType.APPLICATION_JSON)
              .headers(h -> h.setBearerAuth(request.getAccessToken().getTokenValue()))
              .body(Map.of("query", QUERY))
              .retrieve()
              .body(JsonNode.class);
    } catch (RestClientException e) {
      throw failure(
          "upwork_unavailable", "Upwork did not answer who you are. Try again in a moment.");
    }
    if (answer == null || (answer.has("errors") && !answer.path("errors").isEmpty())) {
      throw failure("upwork_user_query_failed", "Upwork refused to tell who you are.");
    }
    JsonNode user = answer.path("data").path("user");
    if (user.path("id").asString("").isBlank()) {
      throw failure("upwork_user_missing", "Upwork did not name the signed-in user.");
    }
    Map<String, Object> attributes =
        Map.of(
            "id", user.path("id").asString(),
            "name", user.path("name").asString(""),
            "email", user.path("email").asString(""));
    return new DefaultOAuth2User(
        List.of(new SimpleGrantedAuthority("OAUTH2_USER")), attributes, "id");
  }

  private static OAuth2AuthenticationException failure(String code, String message) {
    return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
  }
}
