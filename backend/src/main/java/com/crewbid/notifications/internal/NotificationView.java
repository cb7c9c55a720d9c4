package com.crewbid.notifications.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A notification as its recipient sees it; the app renders the text from {@code topic} and {@code
 * params}.
 */
public record NotificationView(
    UUID id,
    String topic,
    Map<String, String> params,
    String link,
    Instant createdAt,
    Instant readAt) {}
