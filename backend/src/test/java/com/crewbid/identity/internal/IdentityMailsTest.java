package com.crewbid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;

/** Where links in e-mails may point: never at a Host header, when mail reaches real inboxes. */
class IdentityMailsTest {

  static final String FROM = "Crewbid <no-reply@crewbid.io>";

  private static IdentityMails mails(String publicUrl, String mailHost, boolean captured) {
    return new IdentityMails(
        new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
        new MockEnvironment().withProperty("local.server.port", "4321"),
        publicUrl,
        FROM,
        mailHost,
        captured);
  }

  @Test
  void whenMailGoesToARealServerWithoutAPublicUrlThenStartUpFails() {
    assertThatThrownBy(() -> mails("", "smtp.example.com", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("crewbid.public-url");
  }

  @Test
  void whenThePublicUrlIsSetThenLinksStartWithItWithoutATrailingSlash() {
    assertThat(mails("https://app.crewbid.io/", "smtp.example.com", false).linkBase())
        .isEqualTo("https://app.crewbid.io");
  }

  @Test
  void whenMailIsCapturedInProcessOrNotSentAtAllThenThePublicUrlMayBeUnset() {
    assertThat(mails("", "127.0.0.1", true)).isNotNull();
    assertThat(mails("", "", false)).isNotNull();
  }

  @Test
  void whenMailIsCapturedAndBackgroundWorkSendsItThenLinksPointAtThisServerOnLocalhost() {
    // Only the demo and the tests capture mail; real inboxes always get crewbid.public-url.
    assertThat(mails("", "127.0.0.1", true).linkBase()).isEqualTo("http://localhost:4321");
  }
}
