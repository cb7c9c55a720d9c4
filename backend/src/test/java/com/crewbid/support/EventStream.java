package com.crewbid.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server-sent event stream opened by {@link ApiClient#openEventStream}, read on a thread of its
 * own the way a browser's EventSource reads it. Answers that are not a stream (a refusal) are kept
 * whole as {@link #response()}.
 */
public final class EventStream implements AutoCloseable {

  /** One event: its name (the {@code event:} field; "message" when absent) and its data. */
  public record Event(String name, String data) {

    public JsonNode json() {
      return JSON.readTree(data);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpResponse<InputStream> response;
  private final String body;
  private final List<Event> events = new ArrayList<>();
  private final List<String> stray = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final CountDownLatch ended = new CountDownLatch(1);

  EventStream(HttpResponse<InputStream> response) {
    this.response = response;
    boolean stream =
        response.statusCode() == 200
            && response
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("text/event-stream");
    if (!stream) {
      this.body = readAll(response.body());
      ended.countDown();
      return;
    }
    this.body = "";
    Thread.ofVirtual().name("sse-client").start(this::read);
  }

  /** The answer's status and headers, with the body of a refusal (empty for a stream). */
  public ApiClient.Response response() {
    return new ApiClient.Response(response.statusCode(), response.headers(), body);
  }

  public int status() {
    return response.statusCode();
  }

  /** Waits for the next event of that name after those already taken, skipping other names. */
  public Event next(String name, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (events) {
      while (true) {
        Optional<Event> found = events.stream().filter(e -> e.name().equals(name)).findFirst();
        if (found.isPresent()) {
          events.remove(found.get());
          return found.get();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || ended.getCount() == 0) {
          throw new AssertionError("No '" + name + "' event within " + timeout + "; got " + events);
        }
        try {
          events.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
    }
  }

  /** Every event received and not taken yet. */
  public List<Event> pending() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /** Lines that are not part of the event-stream format (say, an error page written into it). */
  public List<String> strayLines() {
    return List.copyOf(stray);
  }

  /** Whether the server ended the stream within the timeout. */
  public boolean awaitEnd(Duration timeout) {
    try {
      return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException e) {
      // Closing a dropped connection: nothing left to do.
    }
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String name = null;
      StringBuilder data = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty()) {
          if (data != null) {
            add(new Event(name == null ? "message" : name, data.toString()));
          }
          name = null;
          data = null;
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          String value = line.substring(5);
          value = value.startsWith(" ") ? value.substring(1) : value;
          data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        } else if (!line.startsWith(":") && !line.startsWith("id:") && !line.startsWith("retry:")) {
          stray.add(line);
        }
      }
    } catch (IOException e) {
      // Closed by the test or dropped by the server: either way the stream is over.
    } finally {
      ended.countDown();
      synchronized (events) {
        events.notifyAll();
      }
    }
  }

  private void add(Event event) {
    synchronized (events) {
      events.add(event);
      events.notifyAll();
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
