package com.crewbid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The e-mails identity sends: invitations, address verification, password reset. Links point at the
 * SPA ({@code crewbid.public-url}, or the address the request came to). Links are secrets: they are
 * never logged.
 */
@Component
class IdentityMails {

  private static final Logger log = LoggerFactory.getLogger(IdentityMails.class);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final String publicUrl;
  private final String from;

  IdentityMails(
      ObjectProvider<JavaMailSender> mailSender,
      @Value("${crewbid.public-url:}") String publicUrl,
      @Value("${crewbid.mail.from:Crewbid <no-reply@crewbid.io>}") String from) {
    this.mailSender = mailSender;
    this.publicUrl = publicUrl;
    this.from = from;
  }

  void invitation(String to, String agencyName, String inviterName, String role, String token) {
    String link = link("/invitations/" + token);
    send(
        to,
        inviterName + " invited you to " + agencyName + " on Crewbid",
        "Hello,\n\n"
            + inviterName
            + " invited you to join "
            + agencyName
            + " on Crewbid as "
            + role
            + ".\n\nAccept the invitation (valid for 7 days, once):\n"
            + link
            + "\n\nIf you did not expect this, ignore this e-mail.\n");
  }

  void passwordReset(String to, String token) {
    send(
        to,
        "Reset your Crewbid password",
        "Hello,\n\nSomeone asked to reset the password of your Crewbid account. Choose a new one here"
            + " (valid for 30 minutes, once):\n"
            + link("/reset-password/" + token)
            + "\n\nIf it was not you, ignore this e-mail; your password stays as it is.\n");
  }

  void verifyEmail(String to, String token) {
    send(
        to,
        "Confirm your e-mail address for Crewbid",
        "Hello,\n\nConfirm your e-mail address (valid for 24 hours):\n"
            + link("/verify-email/" + token)
            + "\n");
  }

  void securityAlert(String to, String summary) {
    send(
        to,
        "Crewbid security alert: " + summary,
        "Hello,\n\n" + summary + "\n\nReview it in Crewbid under Security alerts.\n");
  }

  /**
   * A notice to a person from another part of Crewbid, ending with a link to a page of the app.
   *
   * @param path the SPA page the reader should open, e.g. {@code /upwork/account}
   */
  void notice(String to, String subject, String text, String path) {
    send(to, subject, "Hello,\n\n" + text + "\n\n" + link(path) + "\n");
  }

  private void send(String to, String subject, String text) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      log.warn(
          "No mail server configured (spring.mail.host); an e-mail with subject '{}' was not sent",
          subject);
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(subject);
    message.setText(text);
    sender.send(message);
  }

  private String link(String path) {
    if (StringUtils.hasText(publicUrl)) {
      return publicUrl.replaceAll("/+$", "") + path;
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      String base =
          request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
      return base + request.getContextPath() + path;
    }
    return "http://localhost:8080" + path;
  }
}
