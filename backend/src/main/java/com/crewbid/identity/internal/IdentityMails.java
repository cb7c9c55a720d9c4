package com.crewbid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The e-mails identity sends: invitations, address verification, password reset, notices. Links
 * point at the SPA: at {@code crewbid.public-url}. Only while mail is captured in-process (the demo
 * and the tests, where no message can reach anyone's real inbox) may it be unset, and then links
 * use the address the request came to; otherwise start-up fails, because a link built from a
 * request's {@code Host} header would let anyone who asks for a reset link for someone else's
 * address point it at their own server. Links are secrets: they are never logged.
 */
@Component
class IdentityMails {

  private static final Logger log = LoggerFactory.getLogger(IdentityMails.class);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final String publicUrl;
  private final String from;
  private final Environment environment;

  IdentityMails(
      ObjectProvider<JavaMailSender> mailSender,
      Environment environment,
      @Value("${crewbid.public-url:}") String publicUrl,
      @Value("${crewbid.mail.from:Crewbid <no-reply@crewbid.io>}") String from,
      @Value("${spring.mail.host:}") String mailHost,
      @Value("${crewbid.mail.captured:false}") boolean captured) {
    if (!StringUtils.hasText(publicUrl) && StringUtils.hasText(mailHost) && !captured) {
      throw new IllegalStateException(
          "Set crewbid.public-url (CREWBID_PUBLIC_URL) to the address people open Crewbid at:"
              + " e-mails with links go to "
              + mailHost
              + ", and links must not be built from"
              + " the Host header of whoever asked for them.");
    }
    this.mailSender = mailSender;
    this.environment = environment;
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

  /**
   * @param linkBase {@link #linkBase()}, taken on the request's thread (this mail is written in the
   *     background)
   */
  void passwordReset(String linkBase, String to, String token) {
    send(
        to,
        "Reset your Crewbid password",
        "Hello,\n\nSomeone asked to reset the password of your Crewbid account. Choose a new one here"
            + " (valid for 30 minutes, once):\n"
            + linkBase
            + "/reset-password/"
            + token
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

  void upworkLinked(String to, String upworkName, String upworkEmail) {
    send(
        to,
        "Your Crewbid account was linked to Upwork",
        "Hello,\n\nYour Crewbid account can now be signed in to with the Upwork account "
            + (upworkName == null || upworkName.isBlank() ? "" : upworkName + " ")
            + "<"
            + upworkEmail
            + ">. Your password was entered to confirm it.\n\nIf it was not you, change your"
            + " password and tell your agency's owner or the Crewbid team.\n");
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
    return linkBase() + path;
  }

  /**
   * The start of every link: {@code crewbid.public-url}, else (mail captured in-process only) the
   * address the current request came to, or, for mail sent by background work, this server on
   * localhost.
   */
  String linkBase() {
    if (StringUtils.hasText(publicUrl)) {
      return publicUrl.replaceAll("/+$", "");
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getScheme()
          + "://"
          + request.getServerName()
          + ":"
          + request.getServerPort()
          + request.getContextPath();
    }
    return "http://localhost:"
        + environment.getProperty(
            "local.server.port", environment.getProperty("server.port", "8080"));
  }
}
