package com.crewbid.identity.internal;

import java.util.Iterator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The {@code upwork} client registration for "Sign in with Upwork". Its endpoints come from
 * configuration ({@code crewbid.upwork.oauth.*}); when they are not set and the Upwork sandbox runs
 * in this application, they point at the sandbox on this server's own port (known only once the
 * server has started, so the registration is built on first use).
 */
@Component
public class UpworkClientRegistrations
    implements ClientRegistrationRepository,
        Iterable<ClientRegistration>,
        ApplicationListener<WebServerInitializedEvent> {

  public static final String UPWORK = "upwork";

  private final Environment env;
  private final String clientId;
  private final String clientSecret;
  private final String authorizationUri;
  private final String tokenUri;
  private final String graphqlUri;
  private final boolean pkce;
  private volatile ClientRegistration registration;
  private volatile int serverPort;

  UpworkClientRegistrations(
      Environment env,
      @Value("${crewbid.upwork.oauth.client-id:}") String clientId,
      @Value("${crewbid.upwork.oauth.client-secret:}") String clientSecret,
      @Value("${crewbid.upwork.oauth.authorization-uri:}") String authorizationUri,
      @Value("${crewbid.upwork.oauth.token-uri:}") String tokenUri,
      @Value("${crewbid.upwork.oauth.graphql-uri:}") String graphqlUri,
      @Value("${crewbid.upwork.oauth.pkce:true}") boolean pkce) {
    this.env = env;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.authorizationUri = authorizationUri;
    this.tokenUri = tokenUri;
    this.graphqlUri = graphqlUri;
    this.pkce = pkce;
  }

  public boolean configured() {
    return StringUtils.hasText(clientId);
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    return UPWORK.equals(registrationId) && configured() ? upwork() : null;
  }

  @Override
  public Iterator<ClientRegistration> iterator() {
    return configured() ? List.of(upwork()).iterator() : List.<ClientRegistration>of().iterator();
  }

  /** Where Upwork's GraphQL API answers (the sandbox's in the demo and tests). */
  public String graphqlUri() {
    return StringUtils.hasText(graphqlUri) ? graphqlUri : sandboxBase() + "/graphql";
  }

  private ClientRegistration upwork() {
    ClientRegistration built = registration;
    if (built == null) {
      built =
          ClientRegistration.withRegistrationId(UPWORK)
              .clientName("Upwork")
              .clientId(clientId)
              .clientSecret(clientSecret)
              // Upwork takes the client credentials in the form body.
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
              // Scopes are bound to the API key; sending any yields invalid_scope.
              .authorizationUri(
                  StringUtils.hasText(authorizationUri)
                      ? authorizationUri
                      : sandboxBase() + "/ab/account-security/oauth2/authorize")
              .tokenUri(
                  StringUtils.hasText(tokenUri) ? tokenUri : sandboxBase() + "/api/v3/oauth2/token")
              .userNameAttributeName("id")
              .clientSettings(
                  ClientRegistration.ClientSettings.builder().requireProofKey(pkce).build())
              .build();
      registration = built;
    }
    return built;
  }

  private boolean usesSandbox() {
    return !StringUtils.hasText(authorizationUri) || !StringUtils.hasText(tokenUri);
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    serverPort = event.getWebServer().getPort();
    registration = null;
  }

  private String sandboxBase() {
    int port = serverPort > 0 ? serverPort : env.getProperty("server.port", Integer.class, 8080);
    return "http://localhost:" + port + "/upwork-sandbox";
  }
}
