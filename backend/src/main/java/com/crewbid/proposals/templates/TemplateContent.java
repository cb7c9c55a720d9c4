package com.crewbid.proposals.templates;

import com.crewbid.proposals.ScreeningAnswer;
import java.util.List;

/** What a version holds: the body and the default screening answers. */
public record TemplateContent(String body, List<ScreeningAnswer> screeningAnswers) {

  public TemplateContent {
    screeningAnswers = List.copyOf(screeningAnswers);
  }
}
