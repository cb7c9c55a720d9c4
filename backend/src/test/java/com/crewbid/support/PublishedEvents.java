package com.crewbid.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the application's own events (records of {@code com.crewbid}) for tests to inspect. */
@Component
public class PublishedEvents {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(Object event) {
    if (event.getClass().isRecord() && event.getClass().getName().startsWith("com.crewbid.")) {
      events.add(event);
    }
  }

  /** The events of that type published so far, oldest first. */
  public <T> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
