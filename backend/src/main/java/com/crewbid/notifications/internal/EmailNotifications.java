package com.crewbid.notifications.internal;

import com.crewbid.notifications.NotificationTopic;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sends the e-mail copy of a notification through the configured SMTP server, trying a bounded
 * number of times with a growing pause. Failures are logged by kind only: never the address, the
 * content or the server's credentials.
 */
@Component
class EmailNotifications {

  /** How sending went: whether it was sent, after how many tries. */
  record Outcome(boolean sent, int attempts) {}

  private static final Logger log = LoggerFactory.getLogger(EmailNotifications.class);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotificationSettings.Email settings;
  private final String publicUrl;
  private final RetryTemplate retry;

  EmailNotifications(
      ObjectProvider<JavaMailSender> mailSender,
      NotificationSettings settings,
      @Value("${crewbid.public-url:}") String publicUrl) {
    this.mailSender = mailSender;
    this.settings = settings.email();
    this.publicUrl = publicUrl;
    this.retry =
        new RetryTemplate(
            RetryPolicy.builder()
                .maxRetries(Math.max(0, this.settings.attempts() - 1))
                .delay(this.settings.backoff())
                .multiplier(2)
                .build());
  }

  /**
   * Where links in e-mails start: {@code crewbid.public-url}, else the address the current request
   * came to. Read while the request that raises a notification is still there.
   */
  String linkBase() {
    if (StringUtils.hasText(publicUrl)) {
      return publicUrl.replaceAll("/+$", "");
    }
    return RequestContextHolder.getRequestAttributes() == null
        ? "http://localhost:8080"
        : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }

  Outcome send(
      String to,
      String recipientName,
      NotificationTopic topic,
      Map<String, String> params,
      String link,
      String linkBase) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      log.warn("No mail server configured (spring.mail.host): a {} e-mail was not sent", topic);
      return new Outcome(false, 0);
    }
    EmailTexts.Email email =
        EmailTexts.render(
            topic,
            params,
            recipientName,
            linkBase + (link == null ? "/notifications" : link),
            linkBase + "/notifications/preferences");
    AtomicInteger attempts = new AtomicInteger();
    try {
      retry.execute(
          () -> {
            attempts.incrementAndGet();
            sender.send(message(sender, to, email));
            return null;
          });
      return new Outcome(true, attempts.get());
    } catch (RetryException e) {
      log.warn(
          "A {} e-mail could not be sent after {} attempts: {}",
          topic,
          attempts.get(),
          e.getLastException().getClass().getName());
      return new Outcome(false, attempts.get());
    }
  }

  private MimeMessage message(JavaMailSender sender, String to, EmailTexts.Email email)
      throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
    helper.setFrom(settings.from());
    helper.setTo(to);
    helper.setSubject(email.subject());
    helper.setText(email.text(), email.html());
    return message;
  }
}
