package com.crewbid.notifications.web;

import com.crewbid.notifications.NotificationTopic;
import com.crewbid.notifications.internal.Preferences;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Changed channels, topic by topic: {@code {"preferences":[{"topic","inApp","email"}]}}. */
record PreferencesRequest(@NotNull @Size(max = 50) List<@NotNull @Valid Entry> preferences) {

  record Entry(@NotNull String topic, @NotNull Boolean inApp, @NotNull Boolean email) {}

  /** The choices; 400 validation naming each unknown or repeated topic. */
  List<Preferences.Choice> toChoices() {
    List<Preferences.Choice> choices = new ArrayList<>();
    List<ProblemException.FieldProblem> problems = new ArrayList<>();
    Set<NotificationTopic> seen = new HashSet<>();
    for (int i = 0; i < preferences.size(); i++) {
      Entry entry = preferences.get(i);
      String field = "preferences[" + i + "].topic";
      NotificationTopic topic = NotificationTopic.byKey(entry.topic()).orElse(null);
      if (topic == null) {
        problems.add(new ProblemException.FieldProblem(field, "unknown topic"));
      } else if (!seen.add(topic)) {
        problems.add(new ProblemException.FieldProblem(field, "given twice"));
      } else {
        choices.add(new Preferences.Choice(topic, entry.inApp(), entry.email()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, "Some preferences are invalid.", problems);
    }
    return choices;
  }
}
