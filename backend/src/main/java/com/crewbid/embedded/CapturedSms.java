package com.crewbid.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The text messages the SMS simulator "sent" (kept in this JVM, never sent anywhere), for tests and
 * the demo. Identity's capturing gateway, registered when {@code crewbid.embedded.sms} is true,
 * calls {@link #capture}; nothing else here knows about SMS.
 */
@NamedInterface("sms")
public final class CapturedSms {

  /** One captured message. */
  public record Message(String to, String text, Instant sentAt) {}

  private static final int KEPT = 1_000;
  private static final List<Message> MESSAGES = new ArrayList<>();

  private CapturedSms() {}

  /** Keeps a message instead of sending it; the oldest go once a thousand are kept. */
  public static synchronized void capture(String to, String text) {
    MESSAGES.add(new Message(to, text, Instant.now()));
    if (MESSAGES.size() > KEPT) {
      MESSAGES.removeFirst();
    }
  }

  /** Every message captured so far, oldest first. */
  public static synchronized List<Message> messages() {
    return List.copyOf(MESSAGES);
  }

  /** The newest message to {@code phone} (E.164), if any. */
  public static Optional<Message> latestTo(String phone) {
    return messages().reversed().stream().filter(m -> m.to().equals(phone)).findFirst();
  }
}
