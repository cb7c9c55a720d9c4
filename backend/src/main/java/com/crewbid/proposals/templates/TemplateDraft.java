package com.crewbid.proposals.templates;

import com.crewbid.proposals.ScreeningAnswer;
import java.util.List;

/** A template as an editor saves it, already validated for size and presence at the edge. */
public record TemplateDraft(
    String name,
    String category,
    List<String> tags,
    String body,
    List<ScreeningAnswer> screeningAnswers) {

  public TemplateContent content() {
    return new TemplateContent(body, screeningAnswers);
  }
}
