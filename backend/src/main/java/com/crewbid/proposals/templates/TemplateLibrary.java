package com.crewbid.proposals.templates;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.proposals.templates.TemplateViews.Comparison;
import com.crewbid.proposals.templates.TemplateViews.DiffLine;
import com.crewbid.proposals.templates.TemplateViews.Suggestions;
import com.crewbid.proposals.templates.TemplateViews.TemplateDetail;
import com.crewbid.proposals.templates.TemplateViews.TemplateSummary;
import com.crewbid.proposals.templates.TemplateViews.VersionDetail;
import com.crewbid.proposals.templates.TemplateViews.VersionSummary;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's template library: create, edit (each change of the content is a new version),
 * archive, restore an old version; list, read, compare. Every change is audited.
 */
@Service
public class TemplateLibrary {

  /** Common Upwork categories offered beside the ones the agency already uses. */
  static final List<String> UPWORK_CATEGORIES =
      List.of(
          "Web Development",
          "Mobile Development",
          "Ecommerce Development",
          "Data Engineering",
          "Machine Learning",
          "Product Design",
          "Branding",
          "DevOps & Solution Architecture",
          "QA & Testing",
          "Content Writing",
          "Digital Marketing",
          "Translation");

  private final TemplateRecords templates;
  private final TemplateVersionRecords versions;
  private final ProposalVariables variables;
  private final AuditLog audit;
  private final Clock clock;

  TemplateLibrary(
      TemplateRecords templates,
      TemplateVersionRecords versions,
      ProposalVariables variables,
      AuditLog audit,
      Clock clock) {
    this.templates = templates;
    this.versions = versions;
    this.variables = variables;
    this.audit = audit;
    this.clock = clock;
  }

  /** Filters of the list; null means any, except {@code archived}, which defaults to false. */
  public record Filter(String category, String tag, String text, Boolean archived) {}

  @Transactional(readOnly = true)
  public Page<TemplateSummary> list(Filter filter, Pageable pageable) {
    return templates
        .findAll(TemplateSearch.matching(filter), TemplateSearch.sorted(pageable))
        .map(TemplateSummary::of);
  }

  @Transactional(readOnly = true)
  public TemplateDetail get(UUID templateId) {
    TemplateRecord template = load(templateId);
    return TemplateDetail.of(template, currentOf(template));
  }

  @Transactional(readOnly = true)
  public Suggestions suggestions() {
    Set<String> categories = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    categories.addAll(templates.categories());
    categories.addAll(UPWORK_CATEGORIES);
    return new Suggestions(List.copyOf(categories), templates.tags());
  }

  @Transactional
  public TemplateDetail create(TemplateDraft draft) {
    String name = draft.name().trim();
    if (templates.existsByNameIgnoreCase(name)) {
      throw nameTaken(name);
    }
    List<String> used = TemplateChecks.variablesOf(draft.content(), variables.knownKeys());
    Instant now = clock.instant();
    UUID author = actorId();
    UUID id = UUID.randomUUID();
    TemplateRecord template =
        TemplateRecord.create(
            id, name, category(draft.category()), tags(draft.tags()), author, now);
    TemplateVersionRecord first =
        TemplateVersionRecord.create(id, 1, draft.content(), used, null, author, actorEmail(), now);
    template.makeCurrent(first);
    templates.saveAndFlush(template);
    versions.save(first);
    audit.record(
        "template.created",
        name,
        AuditOutcome.SUCCESS,
        Map.of("templateId", id, "version", 1, "variables", used));
    return TemplateDetail.of(template, first);
  }

  /**
   * Applies an edit made against {@code expectedVersion} (the ETag). A change of the body or the
   * answers makes a new version; a change of name, category or tags only does not.
   */
  @Transactional
  public TemplateDetail update(UUID templateId, long expectedVersion, TemplateDraft draft) {
    TemplateRecord template = loadForChange(templateId, expectedVersion);
    String name = draft.name().trim();
    if (!name.equalsIgnoreCase(template.name())
        && templates.existsByNameIgnoreCaseAndIdNot(name, templateId)) {
      throw nameTaken(name);
    }
    TemplateVersionRecord current = currentOf(template);
    Map<String, Object> changed = new LinkedHashMap<>();
    track(changed, "name", template.name(), name);
    String category = category(draft.category());
    track(changed, "category", template.category(), category);
    List<String> tags = tags(draft.tags());
    track(changed, "tags", template.tags(), tags);
    template.describe(name, category, tags);

    TemplateVersionRecord result = current;
    if (!draft.content().equals(current.content())) {
      List<String> used = TemplateChecks.variablesOf(draft.content(), variables.knownKeys());
      result = newVersion(template, draft.content(), used, null);
      if (!draft.body().equals(current.body())) {
        changed.put("body", Map.of("from", current.number(), "to", result.number()));
      }
      if (!draft.screeningAnswers().equals(current.screeningAnswers())) {
        changed.put("screeningAnswers", Map.of("from", current.number(), "to", result.number()));
      }
    }
    if (changed.isEmpty()) {
      return TemplateDetail.of(template, current);
    }
    template.touch(actorId(), clock.instant());
    templates.saveAndFlush(template);
    audit.record(
        "template.updated",
        name,
        AuditOutcome.SUCCESS,
        Map.of("templateId", templateId, "version", result.number(), "changed", changed));
    return TemplateDetail.of(template, result);
  }

  /** Makes a new version with the content of an old one. */
  @Transactional
  public TemplateDetail restore(UUID templateId, long expectedVersion, UUID versionId) {
    TemplateRecord template = loadForChange(templateId, expectedVersion);
    TemplateVersionRecord old =
        versions
            .findByIdAndTemplateId(versionId, templateId)
            .orElseThrow(() -> ProblemException.notFound("The version"));
    if (old.id().equals(template.currentVersionId())) {
      throw ProblemException.conflict("Version " + old.number() + " is already the current one.");
    }
    // The old text may use a custom variable deleted since: it is checked like any edit.
    List<String> used = TemplateChecks.variablesOf(old.content(), variables.knownKeys());
    TemplateVersionRecord restored = newVersion(template, old.content(), used, old.number());
    template.touch(actorId(), clock.instant());
    templates.saveAndFlush(template);
    audit.record(
        "template.restored",
        template.name(),
        AuditOutcome.SUCCESS,
        Map.of(
            "templateId", templateId, "restoredFrom", old.number(), "version", restored.number()));
    return TemplateDetail.of(template, restored);
  }

  /** Archives (hides from the list and from new proposals) or brings back a template. */
  @Transactional
  public TemplateDetail archive(UUID templateId, long expectedVersion, boolean archived) {
    TemplateRecord template = loadForChange(templateId, expectedVersion);
    if (template.archived() != archived) {
      template.archive(archived);
      template.touch(actorId(), clock.instant());
      templates.saveAndFlush(template);
      audit.record(
          archived ? "template.archived" : "template.unarchived",
          template.name(),
          AuditOutcome.SUCCESS,
          Map.of("templateId", templateId));
    }
    return TemplateDetail.of(template, currentOf(template));
  }

  @Transactional(readOnly = true)
  public Page<VersionSummary> versions(UUID templateId, int page, int size) {
    TemplateRecord template = load(templateId);
    Pageable pageable =
        PageRequest.of(
            page, Math.min(Math.max(size, 1), 100), Sort.by(Sort.Direction.DESC, "number"));
    return versions
        .findByTemplateId(templateId, pageable)
        .map(v -> VersionSummary.of(v, v.id().equals(template.currentVersionId())));
  }

  /**
   * One version, compared with another of the same template: {@code compareTo}, else the version
   * before it (none for the first).
   */
  @Transactional(readOnly = true)
  public VersionDetail version(UUID templateId, UUID versionId, UUID compareTo) {
    TemplateRecord template = load(templateId);
    TemplateVersionRecord version =
        versions
            .findByIdAndTemplateId(versionId, templateId)
            .orElseThrow(() -> ProblemException.notFound("The version"));
    TemplateVersionRecord other =
        compareTo != null
            ? versions
                .findByIdAndTemplateId(compareTo, templateId)
                .orElseThrow(() -> ProblemException.notFound("The version to compare with"))
            : versions.findByTemplateIdAndNumber(templateId, version.number() - 1).orElse(null);
    return VersionDetail.of(
        version,
        version.id().equals(template.currentVersionId()),
        other == null ? null : compare(other, version));
  }

  static Comparison compare(TemplateVersionRecord from, TemplateVersionRecord to) {
    List<String> a = from.body().lines().toList();
    List<String> b = to.body().lines().toList();
    List<DiffLine> lines = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b, true).getDeltas()) {
      switch (delta.getType()) {
        case EQUAL -> add(lines, DiffLine.Kind.UNCHANGED, delta.getSource().getLines());
        case DELETE -> add(lines, DiffLine.Kind.REMOVED, delta.getSource().getLines());
        case INSERT -> add(lines, DiffLine.Kind.ADDED, delta.getTarget().getLines());
        case CHANGE -> {
          add(lines, DiffLine.Kind.REMOVED, delta.getSource().getLines());
          add(lines, DiffLine.Kind.ADDED, delta.getTarget().getLines());
        }
      }
    }
    return new Comparison(from.id(), from.number(), lines, from.screeningAnswers());
  }

  private static void add(List<DiffLine> lines, DiffLine.Kind kind, List<String> texts) {
    texts.forEach(text -> lines.add(new DiffLine(kind, text)));
  }

  private TemplateVersionRecord newVersion(
      TemplateRecord template, TemplateContent content, List<String> used, Integer restoredFrom) {
    TemplateVersionRecord version =
        TemplateVersionRecord.create(
            template.id(),
            template.currentVersionNumber() + 1,
            content,
            used,
            restoredFrom,
            actorId(),
            actorEmail(),
            clock.instant());
    versions.save(version);
    template.makeCurrent(version);
    return version;
  }

  private TemplateRecord load(UUID templateId) {
    return templates
        .findById(templateId)
        .orElseThrow(() -> ProblemException.notFound("The template"));
  }

  private TemplateRecord loadForChange(UUID templateId, long expectedVersion) {
    TemplateRecord template = load(templateId);
    if (template.version() != expectedVersion) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "Someone else changed the template in the meantime. Reload it and apply your change"
              + " again.");
    }
    return template;
  }

  private TemplateVersionRecord currentOf(TemplateRecord template) {
    return versions
        .findById(template.currentVersionId())
        .orElseThrow(() -> new IllegalStateException("template without its current version"));
  }

  /** The category as written, or the spelling already in use for the same words. */
  private String category(String category) {
    if (category == null || category.isBlank()) {
      return null;
    }
    String wanted = category.trim().replaceAll("\\s+", " ");
    return Stream.concat(templates.categories().stream(), UPWORK_CATEGORIES.stream())
        .filter(existing -> existing.equalsIgnoreCase(wanted))
        .findFirst()
        .orElse(wanted);
  }

  /** Tags in lower case, trimmed, without repeats, in the order given. */
  static List<String> tags(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    return tags.stream()
        .filter(Objects::nonNull)
        .map(t -> t.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
        .filter(t -> !t.isEmpty())
        .distinct()
        .toList();
  }

  private static void track(Map<String, Object> changed, String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      Map<String, Object> diff = new LinkedHashMap<>();
      diff.put("from", from);
      diff.put("to", to);
      changed.put(field, diff);
    }
  }

  private static ProblemException nameTaken(String name) {
    return ProblemException.fieldConflict(
        "name", "A template named “" + name + "” exists already.");
  }

  private static UUID actorId() {
    return CurrentMember.find().map(m -> m.userId().value()).orElse(null);
  }

  private static String actorEmail() {
    return CurrentMember.find().map(CurrentMember::email).orElse(null);
  }
}
