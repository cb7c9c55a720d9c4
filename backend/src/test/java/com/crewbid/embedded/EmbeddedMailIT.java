package com.crewbid.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Mail sent through the auto-configured sender reaches the embedded SMTP server and reads back. */
@IntegrationTest
class EmbeddedMailIT {

  @Autowired JavaMailSender mailSender;

  @Value("${spring.mail.host}")
  String host;

  final String recipient = "ana-" + UUID.randomUUID() + "@example.com";

  @Test
  void whenPlainMailIsSentThenItIsCapturedForItsRecipient() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom("no-reply@crewbid.test");
    mail.setTo(recipient);
    mail.setSubject("Verify your e-mail");
    mail.setText("Your code is 123456");

    mailSender.send(mail);

    assertThat(host).isEqualTo("127.0.0.1");
    CapturedMail.Message received = CapturedMail.latestTo(recipient.toUpperCase()).orElseThrow();
    assertThat(received.to()).containsExactly(recipient);
    assertThat(received.subject()).isEqualTo("Verify your e-mail");
    assertThat(received.text()).contains("Your code is 123456");
    assertThat(received.html()).isEmpty();
    assertThat(received.receivedAt()).isAfterOrEqualTo(before);
    assertThat(CapturedMail.messages()).contains(received);
  }

  @Test
  void whenMailHasTextAndHtmlThenBothPartsAreReadBack() throws Exception {
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom("no-reply@crewbid.test");
    helper.setTo(recipient);
    helper.setSubject("Запрошення до агенції");
    helper.setText("Plain version", "<p>HTML <b>version</b></p>");

    mailSender.send(message);

    CapturedMail.Message received = CapturedMail.latestTo(recipient).orElseThrow();
    assertThat(received.subject()).isEqualTo("Запрошення до агенції");
    assertThat(received.text()).contains("Plain version");
    assertThat(received.html()).contains("<b>version</b>");
  }

  @Test
  void whenNothingWasSentToAnAddressThenNoMessageIsFound() {
    assertThat(CapturedMail.latestTo("nobody-" + UUID.randomUUID() + "@example.com")).isEmpty();
  }
}
