package com.crewbid.jobs;

import com.crewbid.identity.CurrentMember;
import com.crewbid.jobs.internal.CachedJobs;
import com.crewbid.jobs.internal.JobRow;
import com.crewbid.jobs.internal.JobsProperties;
import com.crewbid.jobs.internal.MemberMarks;
import com.crewbid.shared.web.PageResponse;
import com.crewbid.shared.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current member's favourites and "not interested" marks. A job can be marked while it is
 * cached (the member has seen it); the mark stays after the purge and holds only the job's id.
 */
@Service
public class JobMarks {

  private final MemberMarks marks;
  private final CachedJobs cache;
  private final JobsProperties properties;
  private final Clock clock;

  JobMarks(MemberMarks marks, CachedJobs cache, JobsProperties properties, Clock clock) {
    this.marks = marks;
    this.cache = cache;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional
  public void favorite(String jobId) {
    mark(MemberMarks.Kind.FAVORITE, jobId);
  }

  @Transactional
  public void unfavorite(String jobId) {
    marks.unmark(MemberMarks.Kind.FAVORITE, member(), JobIds.require(jobId));
  }

  @Transactional
  public void hide(String jobId) {
    mark(MemberMarks.Kind.HIDDEN, jobId);
  }

  @Transactional
  public void unhide(String jobId) {
    marks.unmark(MemberMarks.Kind.HIDDEN, member(), JobIds.require(jobId));
  }

  @Transactional(readOnly = true)
  public PageResponse<MarkedJob> favorites(int page, int size) {
    return page(MemberMarks.Kind.FAVORITE, page, size);
  }

  @Transactional(readOnly = true)
  public PageResponse<MarkedJob> hidden(int page, int size) {
    return page(MemberMarks.Kind.HIDDEN, page, size);
  }

  private void mark(MemberMarks.Kind kind, String jobId) {
    String id = JobIds.require(jobId);
    Instant now = clock.instant();
    if (!cache.exists(id, now.minus(properties.cacheMaxAge()))) {
      throw ProblemException.notFound("The job " + id);
    }
    marks.mark(kind, member(), id, now);
  }

  private PageResponse<MarkedJob> page(MemberMarks.Kind kind, int page, int size) {
    UUID member = member();
    List<MemberMarks.Mark> marked = marks.page(kind, member, size, (long) page * size);
    Map<String, JobRow> cached =
        cache.findAll(
            marked.stream().map(MemberMarks.Mark::upworkJobId).toList(),
            member,
            clock.instant().minus(properties.cacheMaxAge()));
    List<MarkedJob> items =
        marked.stream()
            .map(
                m -> {
                  JobRow row = cached.get(m.upworkJobId());
                  return new MarkedJob(
                      m.upworkJobId(), m.markedAt(), row == null ? null : row.toSummary());
                })
            .toList();
    return new PageResponse<>(items, page, size, marks.count(kind, member));
  }

  private static UUID member() {
    return CurrentMember.require().userId().value();
  }
}
