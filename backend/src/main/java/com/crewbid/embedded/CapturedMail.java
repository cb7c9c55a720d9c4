package com.crewbid.embedded;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The mail the embedded SMTP server received (see {@link EmbeddedMail}), for tests and for the
 * demo's mailbox. Empty when the embedded server is not running.
 */
public final class CapturedMail {

  /** One received message; {@code text} or {@code html} is empty when the mail had no such part. */
  public record Message(
      List<String> to, String subject, String text, String html, Instant receivedAt) {}

  private static GreenMail server;

  private CapturedMail() {}

  /** Starts the server once per JVM; returns its SMTP port. */
  static synchronized int start() {
    if (server == null) {
      GreenMail mail =
          new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
              .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
      mail.start();
      Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
      server = mail;
    }
    return server.getSmtp().getPort();
  }

  public static synchronized boolean running() {
    return server != null;
  }

  /** Every message received so far, oldest first. */
  public static synchronized List<Message> messages() {
    if (server == null) {
      return List.of();
    }
    return Arrays.stream(server.getReceivedMessages())
        .map(CapturedMail::read)
        .sorted(Comparator.comparing(Message::receivedAt))
        .toList();
  }

  /** The newest message addressed to {@code address} (case-insensitive), if any. */
  public static Optional<Message> latestTo(String address) {
    String wanted = address.toLowerCase(Locale.ROOT);
    return messages().reversed().stream()
        .filter(m -> m.to().stream().anyMatch(to -> to.toLowerCase(Locale.ROOT).equals(wanted)))
        .findFirst();
  }

  private static Message read(MimeMessage message) {
    try {
      Address[] recipients = message.getAllRecipients();
      List<String> to =
          recipients == null
              ? List.of()
              : Arrays.stream(recipients)
                  .map(a -> a instanceof InternetAddress i ? i.getAddress() : a.toString())
                  .toList();
      Date received = Optional.ofNullable(message.getReceivedDate()).orElse(message.getSentDate());
      return new Message(
          to,
          Optional.ofNullable(message.getSubject()).orElse(""),
          part(message, "text/plain"),
          part(message, "text/html"),
          received == null ? Instant.EPOCH : received.toInstant());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Could not read a captured message", e);
    }
  }

  /** The first part of the given type, looking into multipart/alternative and /mixed. */
  private static String part(Part part, String mimeType) throws MessagingException, IOException {
    if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = part(multipart.getBodyPart(i), mimeType);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return "";
  }
}
