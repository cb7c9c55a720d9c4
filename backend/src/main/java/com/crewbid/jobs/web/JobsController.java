package com.crewbid.jobs.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.jobs.FetchOutcome;
import com.crewbid.jobs.JobCategory;
import com.crewbid.jobs.JobDetail;
import com.crewbid.jobs.JobDetails;
import com.crewbid.jobs.JobFetching;
import com.crewbid.jobs.JobMarks;
import com.crewbid.jobs.JobSearch;
import com.crewbid.jobs.JobSearchCriteria;
import com.crewbid.jobs.JobSummary;
import com.crewbid.jobs.MarkedJob;
import com.crewbid.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jobs of the agency's cache: search, detail, favourites and hidden jobs. Reading the cache is open
 * to every member, VIEWER included (the agency's read-only observers see what the team found);
 * asking Upwork, and marking jobs, needs FREELANCER or above.
 */
@RestController
@RequestMapping("/api/jobs")
@Tag(name = "Jobs", description = "Upwork postings cached for the agency, searched and marked")
class JobsController {

  private final JobSearch search;
  private final JobFetching fetching;
  private final JobDetails details;
  private final JobMarks marks;

  JobsController(JobSearch search, JobFetching fetching, JobDetails details, JobMarks marks) {
    this.search = search;
    this.fetching = fetching;
    this.details = details;
    this.marks = marks;
  }

  @GetMapping
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "Search the cached jobs (any member)",
      description =
          "Full-text search over title (weighted most), skills and description, with filters"
              + " named like the criteria's fields. Never calls Upwork: POST /api/jobs/fetches"
              + " first. Hidden jobs are left out unless includeHidden=true. sort: relevance"
              + " (default), postedAt,desc, postedAt,asc, budget,desc, budget,asc.")
  PageResponse<JobSummary> search(
      @ModelAttribute JobSearchCriteria criteria,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "false") boolean includeHidden,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return search.search(criteria, Paging.sort(sort), includeHidden, page, Paging.size(size));
  }

  @PostMapping("/fetches")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "Ask Upwork for jobs matching the criteria, as the member (FREELANCER and above)",
      description =
          "Fetches a few pages (crewbid.jobs.fetch-pages, default 3) of Upwork's newest matches"
              + " into the agency's cache; then search with GET /api/jobs. 409 upwork-not-linked or"
              + " upwork-relink-required without a working link; 429 upwork-throttled, 503"
              + " upwork-unavailable when Upwork's limits or health stop it. Nothing is lost on"
              + " failure.")
  FetchOutcome fetch(@RequestBody JobSearchCriteria criteria) {
    return fetching.fetch(criteria);
  }

  @GetMapping("/categories")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(summary = "Upwork's job categories, for the category filter (any member)")
  List<JobCategory> categories() {
    return search.categories();
  }

  @GetMapping("/{jobId}")
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "A job's detail with client history and screening questions (any member)",
      description =
          "Opening a job that is not cached, or whose screening questions were not fetched yet,"
              + " asks Upwork as the member (FREELANCER or above; 409 upwork-not-linked or"
              + " upwork-relink-required without a working link). A VIEWER sees cached jobs only.")
  JobDetail detail(@Parameter(description = "Upwork's job id") @PathVariable String jobId) {
    return details.detail(jobId);
  }

  @PutMapping("/{jobId}/favorite")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(summary = "Mark a cached job as a favourite (FREELANCER and above)")
  ResponseEntity<Void> favorite(@PathVariable String jobId) {
    marks.favorite(jobId);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{jobId}/favorite")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(summary = "Unmark a favourite (FREELANCER and above)")
  ResponseEntity<Void> unfavorite(@PathVariable String jobId) {
    marks.unfavorite(jobId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/favorites")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(
      summary = "The member's favourites, newest first (FREELANCER and above)",
      description = "job is null once the job left the cache; opening it fetches it again.")
  PageResponse<MarkedJob> favorites(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return marks.favorites(page, Paging.size(size));
  }

  @PutMapping("/{jobId}/hidden")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(summary = "Not interested: hide a cached job from searches (FREELANCER and above)")
  ResponseEntity<Void> hide(@PathVariable String jobId) {
    marks.hide(jobId);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{jobId}/hidden")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(summary = "Show a hidden job in searches again (FREELANCER and above)")
  ResponseEntity<Void> unhide(@PathVariable String jobId) {
    marks.unhide(jobId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/hidden")
  @RequiresAgencyRole(AgencyRole.FREELANCER)
  @Operation(summary = "The member's hidden jobs, newest first (FREELANCER and above)")
  PageResponse<MarkedJob> hidden(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return marks.hidden(page, Paging.size(size));
  }
}
