package com.crewbid.proposals;

import com.crewbid.proposals.templates.TemplateRecord;
import com.crewbid.proposals.templates.TemplateRecords;
import com.crewbid.proposals.templates.TemplateVersionRecord;
import com.crewbid.proposals.templates.TemplateVersionRecords;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The template library as proposals see it: the exact version a proposal used, a template's current
 * version, and default answers for a job's screening questions. Everything is the current agency's;
 * another agency's ids are simply not found.
 */
@Service
public class ProposalTemplates {

  private final TemplateRecords templates;
  private final TemplateVersionRecords versions;

  ProposalTemplates(TemplateRecords templates, TemplateVersionRecords versions) {
    this.templates = templates;
    this.versions = versions;
  }

  /** A version by its id, whatever happened to the template since (edited, archived). */
  @Transactional(readOnly = true)
  public Optional<TemplateVersion> version(UUID versionId) {
    return versions.findById(versionId).map(this::view);
  }

  /** The version a new proposal from this template would use. */
  @Transactional(readOnly = true)
  public Optional<TemplateVersion> currentVersion(UUID templateId) {
    return templates
        .findById(templateId)
        .flatMap(t -> versions.findById(t.currentVersionId()))
        .map(this::view);
  }

  /**
   * For each of a job's screening questions, the version's default answer that matches it best
   * (unrendered: render with {@link TemplateRendering} to fill variables), if one matches well.
   */
  @Transactional(readOnly = true)
  public List<ScreeningAnswerMatching.Suggestion> suggestAnswers(
      UUID versionId, List<String> questions) {
    return version(versionId)
        .map(v -> ScreeningAnswerMatching.suggest(questions, v.screeningAnswers()))
        .orElseGet(
            () ->
                questions.stream()
                    .map(q -> new ScreeningAnswerMatching.Suggestion(q, Optional.empty()))
                    .toList());
  }

  private TemplateVersion view(TemplateVersionRecord v) {
    TemplateRecord template =
        templates
            .findById(v.templateId())
            .orElseThrow(() -> new IllegalStateException("version without its template"));
    return new TemplateVersion(
        v.id(),
        v.templateId(),
        template.name(),
        v.number(),
        v.id().equals(template.currentVersionId()),
        template.archived(),
        v.body(),
        v.screeningAnswers(),
        v.variables(),
        v.authorEmail(),
        v.createdAt());
  }
}
