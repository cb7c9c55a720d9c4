package com.crewbid.jobs.internal;

import com.crewbid.jobs.JobCategory;
import java.util.List;

/**
 * Upwork's top-level job categories with their ids (what {@code categoryIds_any} takes). Upwork's
 * API has no query for them in the schema Crewbid uses, so they are listed here.
 */
public final class JobCategories {

  public static final List<JobCategory> ALL =
      List.of(
          new JobCategory("531770282580668418", "Web, Mobile & Software Dev"),
          new JobCategory("531770282580668420", "Data Science & Analytics"),
          new JobCategory("531770282580668421", "Design & Creative"),
          new JobCategory("531770282580668419", "IT & Networking"),
          new JobCategory("531770282580668423", "Writing"),
          new JobCategory("531770282580668422", "Sales & Marketing"));

  private JobCategories() {}
}
