package com.crewbid.proposals.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.proposals.templates.TemplateLibrary;
import com.crewbid.proposals.templates.TemplatePreview;
import com.crewbid.proposals.templates.TemplateViews.Suggestions;
import com.crewbid.proposals.templates.TemplateViews.TemplateDetail;
import com.crewbid.proposals.templates.TemplateViews.TemplateSummary;
import com.crewbid.proposals.templates.TemplateViews.VersionDetail;
import com.crewbid.proposals.templates.TemplateViews.VersionSummary;
import com.crewbid.proposals.web.TemplateRequests.PreviewRequest;
import com.crewbid.proposals.web.TemplateRequests.RestoreRequest;
import com.crewbid.proposals.web.TemplateRequests.TemplateRequest;
import com.crewbid.shared.web.IfMatch;
import com.crewbid.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposal-templates")
@Tag(
    name = "Proposal templates",
    description =
        "The agency's shared template library: versioned bodies with variables, default screening"
            + " answers, previews and counters")
class ProposalTemplatesController {

  private static final String IF_MATCH =
      " Requires If-Match with the ETag last read: 428 without it, 412 when stale.";

  private final TemplateLibrary library;
  private final TemplatePreview previews;

  ProposalTemplatesController(TemplateLibrary library, TemplatePreview previews) {
    this.library = library;
    this.previews = previews;
  }

  @GetMapping
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "List the agency's templates (any member)",
      description =
          "Filters: category (exact, any case), tag, q (text in name, category or body), archived"
              + " (default false: only active ones). Sort by name, category, createdAt, updatedAt"
              + " (default, newest first), used, sent, replied or hired.")
  PageResponse<TemplateSummary> list(
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Boolean archived,
      @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
    return PageResponse.of(
        library.list(new TemplateLibrary.Filter(category, tag, q, archived), pageable), t -> t);
  }

  @GetMapping("/suggestions")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "Categories and tags to suggest in the editor (any member)",
      description = "The agency's categories and common Upwork ones; the agency's tags.")
  Suggestions suggestions() {
    return library.suggestions();
  }

  @PostMapping
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Create a template; its text becomes version 1 (OWNER, MANAGER)",
      description =
          "400 template-invalid when the body or an answer uses an unknown variable (each named,"
              + " with line and column in `problems`) or is not valid Mustache; 409 when the name"
              + " is taken.")
  ResponseEntity<TemplateDetail> create(@Valid @RequestBody TemplateRequest request) {
    TemplateDetail created = library.create(request.toDraft());
    return ResponseEntity.created(URI.create("/api/proposal-templates/" + created.id()))
        .eTag(String.valueOf(created.version()))
        .body(created);
  }

  @GetMapping("/{templateId}")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(summary = "A template with its current version, ETag = its version (any member)")
  ResponseEntity<TemplateDetail> get(@PathVariable UUID templateId) {
    return withETag(library.get(templateId));
  }

  @PutMapping("/{templateId}")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Edit a template (OWNER, MANAGER)",
      description =
          "A changed body or changed answers make a new version; name, category and tags change"
              + " in place. 400 template-invalid as on create."
              + IF_MATCH)
  ResponseEntity<TemplateDetail> update(
      @PathVariable UUID templateId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody TemplateRequest request) {
    return withETag(
        library.update(templateId, IfMatch.expectedVersion(ifMatch), request.toDraft()));
  }

  @PostMapping("/{templateId}/archive")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Archive a template: hidden from the list and new proposals (OWNER, MANAGER)",
      description = "Proposals that used it keep their version." + IF_MATCH)
  ResponseEntity<TemplateDetail> archive(
      @PathVariable UUID templateId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return withETag(library.archive(templateId, IfMatch.expectedVersion(ifMatch), true));
  }

  @PostMapping("/{templateId}/unarchive")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(summary = "Bring an archived template back (OWNER, MANAGER)", description = IF_MATCH)
  ResponseEntity<TemplateDetail> unarchive(
      @PathVariable UUID templateId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return withETag(library.archive(templateId, IfMatch.expectedVersion(ifMatch), false));
  }

  @PostMapping("/{templateId}/restore")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary =
          "Restore an old version: its content becomes a new current version (OWNER, MANAGER)",
      description =
          "409 when it is the current version; 400 template-invalid when it uses a custom variable"
              + " deleted since."
              + IF_MATCH)
  ResponseEntity<TemplateDetail> restore(
      @PathVariable UUID templateId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody RestoreRequest request) {
    return withETag(
        library.restore(templateId, IfMatch.expectedVersion(ifMatch), request.versionId()));
  }

  @GetMapping("/{templateId}/versions")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(summary = "A template's versions, newest first (any member)")
  PageResponse<VersionSummary> versions(
      @PathVariable UUID templateId,
      @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
    return PageResponse.of(
        library.versions(templateId, pageable.getPageNumber(), pageable.getPageSize()), v -> v);
  }

  @GetMapping("/{templateId}/versions/{versionId}")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "One version with its content and a line diff (any member)",
      description =
          "`comparison` shows how the body changed from compareTo (another version of the"
              + " template; by default the version before) to this one.")
  VersionDetail version(
      @PathVariable UUID templateId,
      @PathVariable UUID versionId,
      @RequestParam(required = false) UUID compareTo) {
    return library.version(templateId, versionId, compareTo);
  }

  @PostMapping("/{templateId}/preview")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "Render a template with sample values, a cached job and my profile (any member)",
      description =
          "Renders `body`/`screeningAnswers` when given (the unsaved edit, checked like a save),"
              + " else `versionId`, else the current version. Values: `values` over the job"
              + " (`jobId`, the job's Upwork id as the jobs module caches it; 422 while job previews are unavailable) over my profile. Missing"
              + " values render as [name] and are listed in `missing`.")
  TemplatePreview.Preview preview(
      @PathVariable UUID templateId, @Valid @RequestBody PreviewRequest request) {
    return previews.preview(
        templateId,
        new TemplatePreview.Request(
            request.draft(), request.versionId(), request.jobId(), request.sample()));
  }

  @PostMapping("/preview")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "Render a template that is not saved yet (any member)",
      description =
          "As the preview of a saved template, for `body`/`screeningAnswers` only (400 without a"
              + " body).")
  TemplatePreview.Preview previewDraft(@Valid @RequestBody PreviewRequest request) {
    return previews.preview(
        null,
        new TemplatePreview.Request(request.draft(), null, request.jobId(), request.sample()));
  }

  private static ResponseEntity<TemplateDetail> withETag(TemplateDetail template) {
    return ResponseEntity.ok().eTag(String.valueOf(template.version())).body(template);
  }
}
