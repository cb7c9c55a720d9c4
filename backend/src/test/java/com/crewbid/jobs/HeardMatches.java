package com.crewbid.jobs;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Listens to {@link SavedSearchMatched} as a notification centre would, for tests to read. */
@Component
public class HeardMatches {

  private final List<SavedSearchMatched> heard = new CopyOnWriteArrayList<>();

  @EventListener
  void on(SavedSearchMatched event) {
    heard.add(event);
  }

  public List<SavedSearchMatched> of(UUID savedSearch) {
    return heard.stream().filter(e -> e.savedSearchId().equals(savedSearch)).toList();
  }
}
