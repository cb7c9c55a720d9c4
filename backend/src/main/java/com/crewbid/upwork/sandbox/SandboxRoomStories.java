package com.crewbid.upwork.sandbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages of the seeded rooms: those in the seed plus those sent through the API, which are
 * kept in Redis under {@code upwork-sandbox:room-stories:<roomId>}.
 */
@Component
@SandboxEnabled
class SandboxRoomStories {

  private static final String KEY_PREFIX = "upwork-sandbox:room-stories:";
  private static final String SEQUENCE = "upwork-sandbox:room-story-sequence";

  private final StringRedisTemplate redis;
  private final JsonMapper json;
  private final SandboxClock clock;

  SandboxRoomStories(StringRedisTemplate redis, JsonMapper json, SandboxClock clock) {
    this.redis = redis;
    this.json = json;
    this.clock = clock;
  }

  SandboxSeed.Story add(String roomId, String authorId, String message) {
    SandboxSeed.Story story =
        new SandboxSeed.Story(
            "st_" + redis.opsForValue().increment(SEQUENCE),
            authorId,
            message,
            clock.instant().toString());
    redis.opsForList().rightPush(KEY_PREFIX + roomId, json.writeValueAsString(story));
    return story;
  }

  /** The room's messages, newest first. */
  List<SandboxSeed.Story> of(SandboxSeed.Room room) {
    List<String> sent = redis.opsForList().range(KEY_PREFIX + room.id(), 0, -1);
    return Stream.concat(
            room.stories().stream(),
            (sent == null ? List.<String>of() : sent)
                .stream().map(s -> json.readValue(s, SandboxSeed.Story.class)))
        .sorted(
            Comparator.comparing((SandboxSeed.Story s) -> Instant.parse(s.createdDateTime()))
                .reversed())
        .toList();
  }
}
