package com.crewbid.proposals.templates;

import com.crewbid.proposals.ScreeningAnswer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How the template library shows templates and versions to the API. */
public final class TemplateViews {

  private TemplateViews() {}

  /** A template in the library's list. {@code version} is the optimistic-lock version (ETag). */
  public record TemplateSummary(
      UUID id,
      String name,
      String category,
      List<String> tags,
      boolean archived,
      UUID currentVersionId,
      int currentVersionNumber,
      Instant createdAt,
      Instant updatedAt,
      TemplateStats stats,
      long version) {

    static TemplateSummary of(TemplateRecord t) {
      return new TemplateSummary(
          t.id(),
          t.name(),
          t.category(),
          t.tags(),
          t.archived(),
          t.currentVersionId(),
          t.currentVersionNumber(),
          t.createdAt(),
          t.updatedAt(),
          t.stats(),
          t.version());
    }
  }

  /** A template with its current content. */
  public record TemplateDetail(
      UUID id,
      String name,
      String category,
      List<String> tags,
      boolean archived,
      VersionDetail currentVersion,
      Instant createdAt,
      Instant updatedAt,
      TemplateStats stats,
      long version) {

    static TemplateDetail of(TemplateRecord t, TemplateVersionRecord current) {
      return new TemplateDetail(
          t.id(),
          t.name(),
          t.category(),
          t.tags(),
          t.archived(),
          VersionDetail.of(current, true, null),
          t.createdAt(),
          t.updatedAt(),
          t.stats(),
          t.version());
    }
  }

  /** A version in the history list. */
  public record VersionSummary(
      UUID id,
      int number,
      boolean current,
      Integer restoredFrom,
      String authorEmail,
      Instant createdAt,
      TemplateStats stats) {

    static VersionSummary of(TemplateVersionRecord v, boolean current) {
      return new VersionSummary(
          v.id(), v.number(), current, v.restoredFrom(), v.authorEmail(), v.createdAt(), v.stats());
    }
  }

  /**
   * A version with its content, and (when asked) how its body differs from another version: the
   * lines of {@code comparedTo} turned into this one's.
   */
  public record VersionDetail(
      UUID id,
      UUID templateId,
      int number,
      boolean current,
      Integer restoredFrom,
      String body,
      List<ScreeningAnswer> screeningAnswers,
      List<String> variables,
      String authorEmail,
      Instant createdAt,
      TemplateStats stats,
      Comparison comparison) {

    static VersionDetail of(TemplateVersionRecord v, boolean current, Comparison comparison) {
      return new VersionDetail(
          v.id(),
          v.templateId(),
          v.number(),
          current,
          v.restoredFrom(),
          v.body(),
          v.screeningAnswers(),
          v.variables(),
          v.authorEmail(),
          v.createdAt(),
          v.stats(),
          comparison);
    }
  }

  /** A line diff from one version's body to another's, and the other's answers. */
  public record Comparison(
      UUID versionId, int number, List<DiffLine> lines, List<ScreeningAnswer> screeningAnswers) {}

  /** One line of a diff. */
  public record DiffLine(Kind kind, String text) {

    /** Unchanged, only in the version compared with (removed), or only in this one (added). */
    public enum Kind {
      UNCHANGED,
      REMOVED,
      ADDED
    }
  }

  /** Suggestions for the editor: categories and tags in use, and common Upwork categories. */
  public record Suggestions(List<String> categories, List<String> tags) {}
}
