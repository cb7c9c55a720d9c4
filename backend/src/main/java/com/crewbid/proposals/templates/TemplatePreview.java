package com.crewbid.proposals.templates;

import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.UserAccounts;
import com.crewbid.proposals.RenderedTemplate;
import com.crewbid.proposals.TemplateContext;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders a template for the editor's preview: a saved version or the unsaved text being edited
 * (checked as strictly as a save), with sample values, a cached job's facts and the current
 * member's name and profile; sample values win over the job and the profile.
 */
@Service
public class TemplatePreview {

  private final TemplateRecords templates;
  private final TemplateVersionRecords versions;
  private final ProposalVariables variables;
  private final TemplateRenderer renderer;
  private final UserAccounts accounts;
  private final ObjectProvider<PreviewJobs> jobs;
  private final ObjectProvider<PreviewProfiles> profiles;
  private final TransactionTemplate tx;

  TemplatePreview(
      TemplateRecords templates,
      TemplateVersionRecords versions,
      ProposalVariables variables,
      TemplateRenderer renderer,
      UserAccounts accounts,
      ObjectProvider<PreviewJobs> jobs,
      ObjectProvider<PreviewProfiles> profiles,
      TransactionTemplate tx) {
    this.tx = tx;
    this.templates = templates;
    this.versions = versions;
    this.variables = variables;
    this.renderer = renderer;
    this.accounts = accounts;
    this.jobs = jobs;
    this.profiles = profiles;
  }

  /**
   * What to preview: {@code draft} (unsaved content) if given, else {@code versionId} of the
   * template, else its current version.
   */
  public record Request(
      TemplateContent draft, UUID versionId, String jobId, TemplateContext sample) {}

  /** The rendering, and where its values came from. */
  public record Preview(RenderedTemplate rendered, boolean fromJob, boolean fromProfile) {}

  /**
   * @param templateId the template, or null for a template not saved yet (then {@code draft} is
   *     required)
   */
  public Preview preview(UUID templateId, Request request) {
    // The job first: finding it may mean asking Upwork, which no open transaction should wait for.
    PreviewJobs.Job job = request.jobId() == null ? null : job(request.jobId());
    return tx.execute(status -> preview(templateId, request, job));
  }

  private Preview preview(UUID templateId, Request request, PreviewJobs.Job job) {
    TemplateRecord template =
        templateId == null
            ? null
            : templates
                .findById(templateId)
                .orElseThrow(() -> ProblemException.notFound("The template"));
    TemplateContent content;
    UUID versionId = null;
    Integer number = null;
    if (request.draft() != null) {
      TemplateChecks.variablesOf(request.draft(), variables.knownKeys());
      content = request.draft();
    } else if (template == null) {
      throw new ProblemException(
          ProblemType.VALIDATION,
          "Send the text to preview.",
          List.of(new ProblemException.FieldProblem("body", "Write the template's text.")));
    } else {
      TemplateVersionRecord version =
          versions
              .findByIdAndTemplateId(
                  request.versionId() == null ? template.currentVersionId() : request.versionId(),
                  templateId)
              .orElseThrow(() -> ProblemException.notFound("The version"));
      content = version.content();
      versionId = version.id();
      number = version.number();
    }

    TemplateContext context = request.sample() == null ? TemplateContext.empty() : request.sample();
    boolean fromJob = false;
    if (job != null) {
      context =
          context.orElse(
              new TemplateContext(
                  job.title(), job.clientName(), job.skills(), null, null, Map.of()));
      fromJob = true;
    }
    boolean fromProfile = false;
    var member = CurrentMember.find();
    if (member.isPresent()) {
      Optional<PreviewProfiles.Profile> profile =
          Optional.ofNullable(profiles.getIfAvailable()).flatMap(s -> s.of(member.get().userId()));
      if (profile.isPresent()) {
        PreviewProfiles.Profile p = profile.get();
        context =
            context.orElse(
                new TemplateContext(null, null, p.skills(), p.name(), p.portfolio(), Map.of()));
        fromProfile = true;
      }
      String name = accounts.displayNameOf(member.get().userId()).orElse(null);
      context = context.orElse(new TemplateContext(null, null, List.of(), name, null, Map.of()));
    }

    TemplateRenderer.Result result = renderer.render(content, context);
    return new Preview(
        new RenderedTemplate(
            templateId,
            versionId,
            number,
            result.text(),
            result.screeningAnswers(),
            result.missing()),
        fromJob,
        fromProfile);
  }

  private PreviewJobs.Job job(String jobId) {
    PreviewJobs source = jobs.getIfAvailable();
    if (source == null) {
      throw new ProblemException(
          ProblemType.RULE_REFUSED,
          "Previews against a job are not available yet: enter sample values instead.");
    }
    return source.find(jobId).orElseThrow(() -> ProblemException.notFound("The job"));
  }
}
