package com.crewbid.embedded;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Gives the application a real SMTP server that keeps what it receives, when {@code
 * crewbid.embedded.mail} is true (the demo and the tests) and {@code spring.mail.host} is unset.
 * The server (GreenMail) starts once per JVM and is shared by every application context in it; the
 * messages are read back through {@link CapturedMail}.
 */
public class EmbeddedMail implements EnvironmentPostProcessor, Ordered {

  private final Log log;

  public EmbeddedMail(DeferredLogFactory logFactory) {
    this.log = logFactory.getLog(EmbeddedMail.class);
  }

  @Override
  public int getOrder() {
    // After the configuration files are read, so their settings decide.
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.getProperty("crewbid.embedded.mail", Boolean.class, false)) {
      return;
    }
    if (StringUtils.hasText(env.getProperty("spring.mail.host"))) {
      log.info("Mail: using the configured SMTP server");
      return;
    }
    int port = CapturedMail.start();
    env.getPropertySources()
        .addFirst(
            new MapPropertySource(
                "crewbid-embedded-mail",
                Map.of(
                    "spring.mail.host",
                    "127.0.0.1",
                    "spring.mail.port",
                    port,
                    // Mail stays in this JVM: links may name the address a request came to.
                    "crewbid.mail.captured",
                    true)));
    log.info("Mail: embedded SMTP server (GreenMail) on port " + port + "; nothing leaves the JVM");
  }
}
