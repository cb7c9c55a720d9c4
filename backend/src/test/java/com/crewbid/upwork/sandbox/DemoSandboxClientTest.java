package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.AuthorizationRequest.redirectUriMatches;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.upwork.internal.UpworkLinking;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo profile's Upwork configuration (application-demo.yaml) fits together, read as Spring
 * reads it: the app's Upwork key is a key the demo's sandbox accepts, with the same secret, allowed
 * to submit proposals (the README's "send through the sandbox's API"), and with the redirect URIs
 * the demo's sign-in and linking use registered, on the demo's port and the front-end dev server's.
 */
class DemoSandboxClientTest {

  static final String DEMO = "http://localhost:8080";
  static final String DEV_SERVER = "http://localhost:4200";

  final Binder demo = demoProfile();

  static Binder demoProfile() {
    try {
      StandardEnvironment env = new StandardEnvironment();
      for (var source :
          new YamlPropertySourceLoader()
              .load("demo", new ClassPathResource("application-demo.yaml"))) {
        env.getPropertySources().addFirst(source);
      }
      return Binder.get(env);
    } catch (IOException e) {
      throw new IllegalStateException("application-demo.yaml is not readable", e);
    }
  }

  SandboxProperties sandbox() {
    return demo.bind("crewbid.upwork.sandbox", SandboxProperties.class).get();
  }

  SandboxProperties.Client appKey() {
    String clientId = demo.bind("crewbid.upwork.oauth.client-id", String.class).get();
    return sandbox().clients().stream()
        .filter(c -> c.clientId().equals(clientId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the sandbox has no key " + clientId));
  }

  @Test
  void theDemoRunsTheSandboxAndItsKeyIsTheAppsUpworkKeyWithTheSameSecret() {
    assertThat(sandbox().enabled()).isTrue();
    assertThat(appKey().clientId()).isEqualTo("crewbid-demo");
    assertThat(appKey().clientSecret())
        .isEqualTo(demo.bind("crewbid.upwork.oauth.client-secret", String.class).get());
  }

  @Test
  void theDemosKeyMaySubmitProposals() {
    assertThat(appKey().permissions()).contains(SandboxProperties.Client.SUBMIT_PROPOSAL);
  }

  @Test
  void theRedirectUrisOfSignInAndLinkingAreRegisteredForTheDemoAndTheDevServer() {
    for (String base : new String[] {DEMO, DEV_SERVER}) {
      for (String path : new String[] {"/login/oauth2/code/upwork", UpworkLinking.CALLBACK_PATH}) {
        assertThat(appKey().redirectUris())
            .as(base + path)
            .anySatisfy(
                registered -> assertThat(redirectUriMatches(registered, base + path)).isTrue());
      }
    }
  }
}
