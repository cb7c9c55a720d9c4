package com.crewbid.notifications.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Live streams and e-mail of notifications ({@code crewbid.notifications.*}). */
@ConfigurationProperties("crewbid.notifications")
record NotificationSettings(@DefaultValue Stream stream, @DefaultValue Email email) {

  /**
   * @param heartbeat how often each open stream gets a keep-alive comment and its session is
   *     checked (a signed-out or removed member's stream ends then)
   * @param timeout how long one stream lasts before the browser reconnects
   * @param reconnect how long the browser waits before reconnecting
   * @param maxPerMember open streams per member and instance (browser tabs); the oldest ends
   */
  record Stream(
      @DefaultValue("PT25S") Duration heartbeat,
      @DefaultValue("PT30M") Duration timeout,
      @DefaultValue("PT5S") Duration reconnect,
      @DefaultValue("5") int maxPerMember) {}

  /**
   * @param attempts tries per e-mail before it is recorded as failed
   * @param backoff wait after the first failed try; doubles after each one
   */
  record Email(
      @DefaultValue("3") int attempts,
      @DefaultValue("PT2S") Duration backoff,
      @DefaultValue("Crewbid <no-reply@crewbid.io>") String from) {}
}
