package com.crewbid.jobs.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.jobs.JobSearchCriteria;
import com.crewbid.jobs.MarkedJob;
import com.crewbid.jobs.SavedSearch;
import com.crewbid.jobs.SavedSearchChange;
import com.crewbid.jobs.SavedSearchRun;
import com.crewbid.jobs.SavedSearches;
import com.crewbid.shared.web.IfMatch;
import com.crewbid.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member's saved searches and their alerts. Every saved search is its owner's alone. */
@RestController
@RequestMapping("/api/saved-searches")
@Tag(name = "Saved searches", description = "A member's saved job searches and new-match alerts")
class SavedSearchesController {

  record SavedSearchRequest(
      @NotBlank(message = "Name the search.") @Size(max = 120) String name,
      @NotNull(message = "Give the search's criteria.") JobSearchCriteria criteria,
      @Nullable Integer refreshMinutes) {

    SavedSearchChange toChange() {
      return new SavedSearchChange(name, criteria, refreshMinutes);
    }
  }

  private final SavedSearches searches;

  SavedSearchesController(SavedSearches searches) {
    this.searches = searches;
  }

  @GetMapping
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "The member's saved searches with their new-match counts (FREELANCER and above)")
  PageResponse<SavedSearch> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return searches.list(page, Paging.size(size));
  }

  @PostMapping
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Save a search (FREELANCER and above)",
      description =
          "refreshMinutes opts in to scheduled refreshes: at least 15 (400 validation otherwise),"
              + " at most a week; leave it out to run the search only by hand.")
  ResponseEntity<SavedSearch> create(@Valid @RequestBody SavedSearchRequest request) {
    SavedSearch created = searches.create(request.toChange());
    return ResponseEntity.created(URI.create("/api/saved-searches/" + created.id()))
        .eTag(String.valueOf(created.version()))
        .body(created);
  }

  @GetMapping("/{searchId}")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(summary = "One saved search, with its version as ETag (FREELANCER and above)")
  ResponseEntity<SavedSearch> get(@PathVariable UUID searchId) {
    SavedSearch search = searches.get(searchId);
    return ResponseEntity.ok().eTag(String.valueOf(search.version())).body(search);
  }

  @PutMapping("/{searchId}")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Edit a saved search (FREELANCER and above)",
      description = "Requires If-Match with the ETag last read: 428 without it, 412 when stale.")
  ResponseEntity<SavedSearch> update(
      @PathVariable UUID searchId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody SavedSearchRequest request) {
    SavedSearch updated =
        searches.update(searchId, IfMatch.expectedVersion(ifMatch), request.toChange());
    return ResponseEntity.ok().eTag(String.valueOf(updated.version())).body(updated);
  }

  @DeleteMapping("/{searchId}")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(summary = "Delete a saved search and its alerts (FREELANCER and above)")
  ResponseEntity<Void> delete(@PathVariable UUID searchId) {
    searches.delete(searchId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{searchId}/run")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Run a saved search now, as the member (FREELANCER and above)",
      description =
          "Fetches from Upwork and records new matches. 409 upwork-not-linked or"
              + " upwork-relink-required without a working link (recorded on the search).")
  SavedSearchRun run(@PathVariable UUID searchId) {
    return searches.run(searchId);
  }

  @GetMapping("/{searchId}/new-matches")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Jobs the search found that the member has not seen (FREELANCER and above)",
      description = "job is null once the job left the cache; opening it fetches it again.")
  PageResponse<MarkedJob> newMatches(
      @PathVariable UUID searchId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return searches.newMatches(searchId, page, Paging.size(size));
  }

  @PostMapping("/{searchId}/new-matches/seen")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(summary = "Mark the search's new matches as seen (FREELANCER and above)")
  Map<String, Integer> markSeen(@PathVariable UUID searchId) {
    return Map.of("seen", searches.markSeen(searchId));
  }
}
