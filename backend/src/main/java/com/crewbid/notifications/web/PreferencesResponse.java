package com.crewbid.notifications.web;

import com.crewbid.notifications.internal.Preferences;
import java.util.List;

/** A member's channels for every topic their role receives. */
record PreferencesResponse(List<Entry> preferences) {

  /** One topic: the member's channels and the topic's e-mail default. */
  record Entry(String topic, boolean inApp, boolean email, boolean emailByDefault) {}

  static PreferencesResponse of(List<Preferences.Choice> choices) {
    return new PreferencesResponse(
        choices.stream()
            .map(c -> new Entry(c.topic().key(), c.inApp(), c.email(), c.topic().emailByDefault()))
            .toList());
  }
}
