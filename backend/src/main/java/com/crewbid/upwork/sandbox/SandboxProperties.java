package com.crewbid.upwork.sandbox;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the Upwork sandbox ({@code crewbid.upwork.sandbox.*}).
 *
 * @param enabled whether the sandbox's endpoints exist at all; never in production
 * @param clients the API keys the sandbox accepts, as Upwork's developer console would have issued
 * @param rateLimitPerSecond requests per second and client IP that the token and GraphQL endpoints
 *     accept before answering 429, as Upwork's current help page states; 0 or less turns it off
 */
@ConfigurationProperties("crewbid.upwork.sandbox")
record SandboxProperties(
    boolean enabled,
    @DefaultValue List<Client> clients,
    @DefaultValue("10") int rateLimitPerSecond) {

  static final String ENABLED = "crewbid.upwork.sandbox.enabled";

  /**
   * An API key: its id and secret, the exact redirect URIs registered for it, and the optional
   * permissions Upwork grants only to some keys (today {@value #SUBMIT_PROPOSAL}).
   */
  record Client(
      String clientId,
      String clientSecret,
      @DefaultValue List<String> redirectUris,
      @DefaultValue List<String> permissions) {

    static final String SUBMIT_PROPOSAL = "submit-proposal";

    @Override
    public String toString() {
      return "Client[clientId="
          + clientId
          + ", redirectUris="
          + redirectUris
          + ", permissions="
          + permissions
          + "]";
    }
  }
}
