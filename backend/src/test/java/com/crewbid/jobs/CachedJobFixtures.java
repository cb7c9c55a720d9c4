package com.crewbid.jobs;

import com.crewbid.jobs.internal.CachedJobs;
import com.crewbid.jobs.internal.FetchedJob;
import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.TenantScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts postings into an agency's cache through the cache's own upsert, as a fetch from Upwork
 * would, so search tests control exactly what is there.
 */
@Component
public class CachedJobFixtures {

  private static final AtomicLong IDS = new AtomicLong(9_100_000_000_000_000_000L);

  private final CachedJobs cache;
  private final TenantScope scope;
  private final TransactionTemplate tx;
  private final Clock clock;

  CachedJobFixtures(CachedJobs cache, TenantScope scope, TransactionTemplate tx, Clock clock) {
    this.cache = cache;
    this.scope = scope;
    this.tx = tx;
    this.clock = clock;
  }

  /** A fresh Upwork-like id, unique across tests. */
  public static String newId() {
    return String.valueOf(IDS.incrementAndGet());
  }

  /** An hourly posting with everything known, posted an hour ago; vary it with the setters. */
  public Job job(String title) {
    Job job = new Job();
    job.id = newId();
    job.title = title;
    job.description = "We are looking for a reliable freelancer. " + title + ".";
    job.postedAt = clock.instant().minus(Duration.ofHours(1));
    return job;
  }

  /** A fixed-price job asking these screening questions, stored in the agency's cache; its id. */
  public String storeFixed(TenantId tenant, String title, String budget, String... questions) {
    Job job = job(title + " " + newId()).fixed(budget).questions(questions);
    store(tenant, job);
    return job.id();
  }

  public void store(TenantId tenant, Job... jobs) {
    storeFetchedAt(tenant, clock.instant(), jobs);
  }

  public void storeFetchedAt(TenantId tenant, Instant fetchedAt, Job... jobs) {
    scope.runAs(
        tenant,
        () ->
            tx.executeWithoutResult(
                status ->
                    cache.upsert(
                        List.of(jobs).stream().map(Job::posting).toList(),
                        UUID.randomUUID(),
                        fetchedAt)));
  }

  /** A posting under construction: set what the test is about, the rest is plausible. */
  public static final class Job {
    String id;
    String ciphertext = "~01" + UUID.randomUUID().toString().replace("-", "").substring(0, 18);
    String title;
    String description;
    List<String> skills = List.of("Communication");
    String categoryId = "531770282580668418";
    String category = "Web, Mobile & Software Dev";
    String jobType = "HOURLY";
    BigDecimal budget;
    BigDecimal hourlyMin = new BigDecimal("30.00");
    BigDecimal hourlyMax = new BigDecimal("50.00");
    String level = "INTERMEDIATE";
    Integer proposals = 5;
    BigDecimal rating = new BigDecimal("4.80");
    BigDecimal spent = new BigDecimal("25000.00");
    Boolean verified = true;
    String clientId = "org-" + UUID.randomUUID().toString().substring(0, 12);
    String clientName = "Client " + clientId.substring(4, 10);
    List<String> questions;
    Instant postedAt;
    boolean detailOnly;

    public String id() {
      return id;
    }

    public Job id(String value) {
      id = value;
      return this;
    }

    public Job described(String text, String... skillNames) {
      description = text;
      skills = List.of(skillNames);
      return this;
    }

    public Job fixed(String amount) {
      jobType = "FIXED";
      budget = new BigDecimal(amount);
      hourlyMin = null;
      hourlyMax = null;
      return this;
    }

    public Job hourly(String min, String max) {
      jobType = "HOURLY";
      budget = null;
      hourlyMin = new BigDecimal(min);
      hourlyMax = new BigDecimal(max);
      return this;
    }

    public Job category(String id, String label) {
      categoryId = id;
      category = label;
      return this;
    }

    public Job level(String experienceLevel) {
      level = experienceLevel;
      return this;
    }

    public Job client(String clientRating, String clientSpent, boolean paymentVerified) {
      rating = new BigDecimal(clientRating);
      spent = new BigDecimal(clientSpent);
      verified = paymentVerified;
      return this;
    }

    /** The client company posting it (the same id on every job of that client). */
    public Job postedBy(String companyId, String companyName) {
      clientId = companyId;
      clientName = companyName;
      return this;
    }

    public Job proposals(int count) {
      proposals = count;
      return this;
    }

    public Job postedAt(Instant at) {
      postedAt = at;
      return this;
    }

    public Job questions(String... texts) {
      questions = List.of(texts);
      return this;
    }

    /** As a search result brings it: everything but the detail's screening questions. */
    public Job asSearchResult() {
      questions = null;
      detailOnly = false;
      return this;
    }

    /**
     * As the job's detail brings it: without what only a search result has (posting time, client
     * statistics, proposals, the job's address on Upwork).
     */
    public Job detailOnly() {
      detailOnly = true;
      if (questions == null) {
        questions = List.of();
      }
      return this;
    }

    FetchedJob posting() {
      boolean listing = !detailOnly;
      return new FetchedJob(
          id,
          listing ? ciphertext : null,
          title,
          description,
          skills,
          categoryId,
          category,
          "Web Development",
          jobType,
          "USD",
          budget,
          hourlyMin,
          hourlyMax,
          level,
          listing ? "MONTH" : null,
          listing ? "1 to 3 months" : null,
          listing ? "Less than 30 hrs/week" : null,
          listing ? proposals : null,
          clientId,
          listing ? clientName : null,
          "Germany",
          "Berlin",
          listing ? rating : null,
          listing ? 12 : null,
          listing ? spent : null,
          listing ? 20 : null,
          listing ? 30 : null,
          verified,
          listing ? Instant.parse("2019-04-01T00:00:00Z") : null,
          questions == null ? null : true,
          questions,
          listing ? postedAt : null);
    }
  }
}
