package com.crewbid.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.notifications.NotificationTopic;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sending with bounded retries against an SMTP server that fails (the edge, simulated). */
class EmailNotificationsTest {

  /** A mail server that refuses the first {@code failures} messages. */
  static final class FlakyServer extends JavaMailSenderImpl {
    int failures;
    int tries;
    final List<MimeMessage> delivered = new ArrayList<>();

    FlakyServer(int failures) {
      this.failures = failures;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
      tries++;
      if (tries <= failures) {
        throw new MailSendException("421 try again later");
      }
      for (MimeMessage message : messages) {
        try {
          // As a real transport does before writing the message out.
          message.saveChanges();
        } catch (MessagingException e) {
          throw new MailSendException("unreadable message", e);
        }
        delivered.add(message);
      }
    }
  }

  static EmailNotifications emails(JavaMailSender sender) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (sender != null) {
      beans.addBean("mailSender", sender);
    }
    NotificationSettings settings =
        new NotificationSettings(
            new NotificationSettings.Stream(
                Duration.ofSeconds(25), Duration.ofMinutes(30), Duration.ofSeconds(5), 5),
            new NotificationSettings.Email(3, Duration.ofMillis(1), "Crewbid <no-reply@test>"));
    return new EmailNotifications(
        beans.getBeanProvider(JavaMailSender.class), settings, "https://app.crewbid.test/");
  }

  static EmailNotifications.Outcome send(EmailNotifications emails) {
    return emails.send(
        "mateo@agency.test",
        "Mateo",
        NotificationTopic.PROPOSAL_CHANGES_REQUESTED,
        Map.of("jobTitle", "Logo <b>redesign</b>", "actorName", "Olena\r\nBcc: x@evil.test"),
        "/proposals/42",
        emails.linkBase());
  }

  @Test
  void whenTheServerFailsBrieflyThenTheEmailIsSentOnALaterTry() throws Exception {
    FlakyServer server = new FlakyServer(2);

    EmailNotifications.Outcome outcome = send(emails(server));

    assertThat(outcome).isEqualTo(new EmailNotifications.Outcome(true, 3));
    assertThat(server.delivered).hasSize(1);
    MimeMessage mail = server.delivered.getFirst();
    assertThat(mail.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("mateo@agency.test");
    assertThat(mail.getSubject()).isEqualTo("Changes requested: Logo <b>redesign</b>");
    assertThat(mail.getHeader("Bcc")).isNull();
    String text = part(mail, "text/plain");
    String html = part(mail, "text/html");
    assertThat(text)
        .contains("Olena Bcc: x@evil.test asked for changes")
        .contains("https://app.crewbid.test/proposals/42")
        .contains("https://app.crewbid.test/notifications/preferences");
    assertThat(html).contains("Logo &lt;b&gt;redesign&lt;/b&gt;").doesNotContain("<b>");
  }

  @Test
  void whenTheServerKeepsFailingThenSendingStopsAfterTheLastTryAndReportsIt() {
    FlakyServer server = new FlakyServer(Integer.MAX_VALUE);

    EmailNotifications.Outcome outcome = send(emails(server));

    assertThat(outcome).isEqualTo(new EmailNotifications.Outcome(false, 3));
    assertThat(server.tries).isEqualTo(3);
  }

  @Test
  void whenNoMailServerIsConfiguredThenNothingIsTriedAndItIsReportedUnsent() {
    assertThat(send(emails(null))).isEqualTo(new EmailNotifications.Outcome(false, 0));
  }

  static String part(MimeMessage message, String type) throws MessagingException, IOException {
    return find(message.getContent(), type);
  }

  private static String find(Object content, String type) throws MessagingException, IOException {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        var body = multipart.getBodyPart(i);
        if (body.isMimeType(type)) {
          return String.valueOf(body.getContent());
        }
        String nested = find(body.getContent(), type);
        if (!nested.isEmpty()) {
          return nested;
        }
      }
    }
    return "";
  }
}
