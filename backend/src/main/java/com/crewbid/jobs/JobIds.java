package com.crewbid.jobs;

import com.crewbid.shared.web.ProblemException;

/**
 * Jobs are addressed by Upwork's numeric job id: a public reference that Crewbid does not assign,
 * and that outlives the 24-hour cache, so a link, a favourite or an alert still opens the job (it
 * is fetched again). Anything else names no job: 404.
 */
final class JobIds {

  private JobIds() {}

  static String require(String id) {
    if (id == null || !id.matches("\\d{1,30}")) {
      throw ProblemException.notFound("The job");
    }
    return id;
  }
}
