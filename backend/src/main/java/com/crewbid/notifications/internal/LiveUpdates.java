package com.crewbid.notifications.internal;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fans live events out to every replica through Redis pub/sub: one channel per agency ({@code
 * crewbid:notifications:<tenant id>}), each message addressed to one member. Every replica passes
 * what it hears to the streams it holds for that agency and member.
 */
@Component
class LiveUpdates implements MessageListener {

  static final String CHANNEL_PREFIX = "crewbid:notifications:";

  /** The events a stream carries. */
  static final String NOTIFICATION = "notification";

  static final String UNREAD_COUNT = "unread-count";

  /** A new notification and the recipient's unread count with it. */
  record Arrived(NotificationView notification, long unreadCount) {}

  /** The recipient's unread count changed (read elsewhere, another tab). */
  record Unread(long unreadCount) {}

  /** What travels on the channel: the member, the event name, and its data as JSON. */
  record Envelope(UUID recipient, String event, String data) {}

  private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

  private final StringRedisTemplate redis;
  private final JsonMapper json;
  private final LiveStreams streams;

  LiveUpdates(StringRedisTemplate redis, JsonMapper json, LiveStreams streams) {
    this.redis = redis;
    this.json = json;
    this.streams = streams;
  }

  void publish(TenantId tenant, UserId recipient, String event, Object data) {
    Envelope envelope = new Envelope(recipient.value(), event, json.writeValueAsString(data));
    redis.convertAndSend(CHANNEL_PREFIX + tenant, json.writeValueAsString(envelope));
  }

  @Override
  public void onMessage(Message message, byte[] pattern) {
    String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
    try {
      TenantId tenant = TenantId.parse(channel.substring(CHANNEL_PREFIX.length()));
      Envelope envelope = json.readValue(message.getBody(), Envelope.class);
      streams.deliver(tenant, UserId.of(envelope.recipient()), envelope.event(), envelope.data());
    } catch (RuntimeException e) {
      log.warn("Ignored a malformed live notification on {}: {}", channel, e.getClass().getName());
    }
  }
}
