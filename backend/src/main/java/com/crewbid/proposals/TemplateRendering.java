package com.crewbid.proposals;

import com.crewbid.proposals.templates.TemplateRenderer;
import com.crewbid.proposals.templates.TemplateVersionRecord;
import com.crewbid.proposals.templates.TemplateVersionRecords;
import com.crewbid.shared.web.ProblemException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders a template version for a proposal (the drafting step) in plain text: no HTML escaping,
 * custom variables from the agency (overridable in the context), and missing values shown as
 * placeholders such as {@code [client name]} and listed in {@link RenderedTemplate#missing()}.
 */
@Service
public class TemplateRendering {

  private final TemplateVersionRecords versions;
  private final TemplateRenderer renderer;

  TemplateRendering(TemplateVersionRecords versions, TemplateRenderer renderer) {
    this.versions = versions;
    this.renderer = renderer;
  }

  /**
   * @throws ProblemException not-found when the current agency has no such version
   */
  @Transactional(readOnly = true)
  public RenderedTemplate render(UUID versionId, TemplateContext context) {
    TemplateVersionRecord version =
        versions
            .findById(versionId)
            .orElseThrow(() -> ProblemException.notFound("The template version"));
    TemplateRenderer.Result result = renderer.render(version.content(), context);
    return new RenderedTemplate(
        version.templateId(),
        version.id(),
        version.number(),
        result.text(),
        result.screeningAnswers(),
        result.missing());
  }
}
