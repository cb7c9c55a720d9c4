package com.crewbid.proposals.web;

import com.crewbid.proposals.ScreeningAnswer;
import com.crewbid.proposals.TemplateContext;
import com.crewbid.proposals.templates.TemplateContent;
import com.crewbid.proposals.templates.TemplateDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies of the template library. */
final class TemplateRequests {

  private TemplateRequests() {}

  record ScreeningAnswerRequest(
      @NotBlank(message = "Enter the question this answers.")
          @Size(max = 500, message = "At most 500 characters.")
          String questionPattern,
      @NotBlank(message = "Enter the answer.")
          @Size(max = 5000, message = "At most 5000 characters.")
          String answer) {

    ScreeningAnswer toAnswer() {
      return new ScreeningAnswer(questionPattern.trim(), answer);
    }
  }

  record TemplateRequest(
      @NotBlank(message = "Enter the template's name.")
          @Size(max = 200, message = "At most 200 characters.")
          String name,
      @Size(max = 100, message = "At most 100 characters.") String category,
      @Size(max = 20, message = "At most 20 tags.")
          List<
                  @NotBlank(message = "A tag cannot be empty.")
                  @Size(max = 40, message = "At most 40 characters.") String>
              tags,
      @NotBlank(message = "Write the template's text.")
          @Size(max = 20000, message = "At most 20000 characters.")
          String body,
      @Size(max = 30, message = "At most 30 screening answers.")
          List<@Valid @NotNull ScreeningAnswerRequest> screeningAnswers) {

    TemplateDraft toDraft() {
      return new TemplateDraft(
          name, category, tags == null ? List.of() : tags, body, answers(screeningAnswers));
    }
  }

  record SampleValues(
      @Size(max = 300) String clientName,
      @Size(max = 300) String jobTitle,
      @Size(max = 50) List<@Size(max = 100) String> skills,
      @Size(max = 200) String memberName,
      @Size(max = 5000) String portfolio,
      @Size(max = 50) Map<String, @Size(max = 2000) String> custom) {

    TemplateContext toContext() {
      return new TemplateContext(jobTitle, clientName, skills, memberName, portfolio, custom);
    }
  }

  /**
   * What to preview: the unsaved {@code body} (and answers) being edited, else {@code versionId},
   * else the current version; filled from {@code values}, the job {@code jobId}, and the member.
   */
  record PreviewRequest(
      @Size(max = 20000, message = "At most 20000 characters.") String body,
      @Size(max = 30) List<@Valid @NotNull ScreeningAnswerRequest> screeningAnswers,
      UUID versionId,
      @Size(max = 100) String jobId,
      @Valid SampleValues values) {

    TemplateContent draft() {
      return body == null ? null : new TemplateContent(body, answers(screeningAnswers));
    }

    TemplateContext sample() {
      return values == null ? TemplateContext.empty() : values.toContext();
    }
  }

  record RestoreRequest(@NotNull(message = "Choose the version to restore.") UUID versionId) {}

  private static List<ScreeningAnswer> answers(List<ScreeningAnswerRequest> answers) {
    return answers == null
        ? List.of()
        : answers.stream().map(ScreeningAnswerRequest::toAnswer).toList();
  }
}
