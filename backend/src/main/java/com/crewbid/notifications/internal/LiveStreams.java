package com.crewbid.notifications.internal;

import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.MemberSession;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent event streams this instance holds, by agency and member. A stream receives only
 * its own member's events in its own agency. Heartbeats keep idle connections open and check each
 * stream's session: a signed-out, expired or removed member's stream (or one whose session moved to
 * another agency) ends there.
 */
@Component
public class LiveStreams implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

  private record Key(TenantId tenant, UserId user) {}

  private record Stream(MemberSession session, SseEmitter emitter) {}

  private final Map<Key, List<Stream>> streams = new ConcurrentHashMap<>();
  private final NotificationSettings.Stream settings;
  private final TaskScheduler scheduler;
  private volatile ScheduledFuture<?> heartbeats;

  LiveStreams(NotificationSettings settings, TaskScheduler scheduler) {
    this.settings = settings.stream();
    this.scheduler = scheduler;
  }

  /** Opens a stream for the session's member; its first event is their unread count. */
  public SseEmitter open(MemberSession session, long unreadCount) {
    CurrentMember member = session.member();
    Key key = new Key(member.tenantId(), member.userId());
    SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
    Stream stream = new Stream(session, emitter);
    emitter.onCompletion(() -> forget(key, stream));
    emitter.onTimeout(emitter::complete);
    emitter.onError(e -> forget(key, stream));
    List<Stream> evicted = new ArrayList<>();
    streams.compute(
        key,
        (k, list) -> {
          List<Stream> mine = list == null ? new CopyOnWriteArrayList<>() : list;
          mine.add(stream);
          while (mine.size() > settings.maxPerMember()) {
            evicted.add(mine.removeFirst());
          }
          return mine;
        });
    evicted.forEach(oldest -> oldest.emitter().complete());
    send(
        key,
        stream,
        SseEmitter.event()
            .name(LiveUpdates.UNREAD_COUNT)
            .reconnectTime(settings.reconnect().toMillis())
            .data("{\"unreadCount\":" + unreadCount + "}"));
    return emitter;
  }

  /** Sends an event to every stream of the member in the agency that this instance holds. */
  void deliver(TenantId tenant, UserId user, String event, String json) {
    Key key = new Key(tenant, user);
    for (Stream stream : streams.getOrDefault(key, List.of())) {
      send(key, stream, SseEmitter.event().name(event).data(json));
    }
  }

  /** How many streams this instance holds for a member in an agency. */
  public int openStreams(TenantId tenant, UserId user) {
    return streams.getOrDefault(new Key(tenant, user), List.of()).size();
  }

  void heartbeat() {
    streams.forEach(
        (key, list) -> {
          for (Stream stream : list) {
            if (active(stream)) {
              send(key, stream, SseEmitter.event().comment("heartbeat"));
            } else {
              forget(key, stream);
              stream.emitter().complete();
            }
          }
        });
  }

  private static boolean active(Stream stream) {
    try {
      return stream.session().stillActive();
    } catch (RuntimeException e) {
      // The session store or the catalog did not answer: keep the stream, check again next time.
      log.debug("Could not check a stream's session: {}", e.getClass().getName());
      return true;
    }
  }

  private void send(Key key, Stream stream, SseEmitter.SseEventBuilder event) {
    try {
      stream.emitter().send(event);
    } catch (IOException | IllegalStateException e) {
      // The browser went away, or the stream just ended; Spring MVC completes the request.
      forget(key, stream);
    }
  }

  private void forget(Key key, Stream stream) {
    streams.computeIfPresent(
        key,
        (k, list) -> {
          list.remove(stream);
          return list.isEmpty() ? null : list;
        });
  }

  @Override
  public void start() {
    heartbeats = scheduler.scheduleWithFixedDelay(this::heartbeat, settings.heartbeat());
  }

  /** Ends every stream before the web server drains its requests, so shutdown does not wait. */
  @Override
  public void stop() {
    ScheduledFuture<?> running = heartbeats;
    if (running != null) {
      running.cancel(false);
      heartbeats = null;
    }
    streams.values().forEach(list -> list.forEach(s -> s.emitter().complete()));
    streams.clear();
  }

  @Override
  public boolean isRunning() {
    return heartbeats != null;
  }
}
