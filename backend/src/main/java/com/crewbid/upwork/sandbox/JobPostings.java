package com.crewbid.upwork.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The sandbox's job marketplace: about four hundred postings generated from templates by a seeded
 * {@link Random}, so every run has the same postings. Their times are offsets from the hour the
 * sandbox started (instances started within the same hour agree): most were posted over the 30 days
 * before, the rest are posted over the two days after and become visible as the sandbox clock
 * reaches them, so that a sync keeps finding new work.
 */
@Component
@SandboxEnabled
class JobPostings {

  static final int COUNT = 400;
  static final int UPCOMING = 40;
  static final Duration PAST_SPREAD = Duration.ofDays(30);
  static final Duration UPCOMING_SPREAD = Duration.ofDays(2);

  private static final long SEED = 20_260_101L;
  private static final long FIRST_ID = 1_790_000_000_000_000_000L;

  record Category(String id, String label, List<Topic> topics) {}

  /** A kind of work: how its postings are titled and which skills they ask for. */
  record Topic(String subcategory, List<String> titles, List<String> skills, String deliverable) {}

  record Client(
      String companyOrgUid,
      String companyRid,
      String companyName,
      String country,
      String city,
      String timezone,
      String memberSince,
      String totalSpent,
      int totalHires,
      int totalPostedJobs,
      double rating,
      int reviews,
      boolean paymentVerified) {}

  /**
   * One posting. {@code fixedAmount} is set for FIXED, the hourly range for HOURLY; amounts are
   * decimal strings as Upwork's {@code Money.rawValue}.
   */
  record JobPosting(
      String id,
      String ciphertext,
      String title,
      String description,
      Category category,
      Topic topic,
      List<String> skills,
      String jobType,
      @Nullable String fixedAmount,
      @Nullable String hourlyMin,
      @Nullable String hourlyMax,
      String experienceLevel,
      String duration,
      String durationLabel,
      String engagement,
      int totalApplicants,
      int freelancersToHire,
      List<String> screeningQuestions,
      boolean coverLetterRequired,
      Client client,
      Instant createdDateTime) {

    boolean isFixed() {
      return "FIXED".equals(jobType);
    }
  }

  private final SandboxClock clock;
  private final List<JobPosting> newestFirst;
  private final Map<String, JobPosting> byId = new LinkedHashMap<>();

  JobPostings(SandboxClock clock) {
    this.clock = clock;
    Instant origin = clock.instant().truncatedTo(ChronoUnit.HOURS);
    this.newestFirst =
        generate(origin).stream()
            .sorted(Comparator.comparing(JobPosting::createdDateTime).reversed())
            .toList();
    newestFirst.forEach(p -> byId.put(p.id(), p));
  }

  /** The postings already posted at the sandbox's now, newest first. */
  List<JobPosting> visible() {
    Instant now = clock.instant();
    return newestFirst.stream().filter(p -> !p.createdDateTime().isAfter(now)).toList();
  }

  /** A posting by its numeric id, if it is posted yet. */
  Optional<JobPosting> findPosted(String id) {
    return find(id).filter(p -> !p.createdDateTime().isAfter(clock.instant()));
  }

  /** A posting by its numeric id, posted or not (proposals keep theirs when the clock is reset). */
  Optional<JobPosting> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  static List<JobPosting> generate(Instant origin) {
    Random random = new Random(SEED);
    List<JobPosting> postings = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      Duration offset =
          i < COUNT - UPCOMING
              ? Duration.ofSeconds(-random.nextLong(PAST_SPREAD.toSeconds()))
              : Duration.ofSeconds(1 + random.nextLong(UPCOMING_SPREAD.toSeconds()));
      postings.add(posting(random, String.valueOf(FIRST_ID + i * 7919L), origin.plus(offset)));
    }
    return postings;
  }

  private static JobPosting posting(Random random, String id, Instant created) {
    Category category = pick(random, CATEGORIES);
    Topic topic = pick(random, category.topics());
    List<String> skills = pickSome(random, topic.skills(), 2, Math.min(5, topic.skills().size()));
    String title =
        pick(random, topic.titles())
            .replace("{skill}", skills.getFirst())
            .replace("{industry}", pick(random, INDUSTRIES));
    String level = pick(random, List.of("ENTRY_LEVEL", "INTERMEDIATE", "INTERMEDIATE", "EXPERT"));
    boolean fixed = random.nextInt(100) < 45;
    String fixedAmount = null;
    String hourlyMin = null;
    String hourlyMax = null;
    int levelFactor = level.equals("EXPERT") ? 3 : level.equals("INTERMEDIATE") ? 2 : 1;
    if (fixed) {
      fixedAmount = (50 * (1 + random.nextInt(20 * levelFactor))) + ".00";
    } else {
      int min = 10 + 5 * random.nextInt(6 * levelFactor);
      hourlyMin = min + ".00";
      hourlyMax = (min + 5 * (1 + random.nextInt(6))) + ".00";
    }
    int durationIndex = random.nextInt(DURATIONS.size());
    List<String> questions =
        random.nextInt(3) == 0 ? pickSome(random, SCREENING_QUESTIONS, 1, 3) : List.of();
    Client client = client(random);
    String description = describe(random, topic, skills, client, fixed);
    return new JobPosting(
        id,
        "~01" + HexFormat.of().toHexDigits(random.nextLong()),
        title,
        description,
        category,
        topic,
        skills,
        fixed ? "FIXED" : "HOURLY",
        fixedAmount,
        hourlyMin,
        hourlyMax,
        level,
        DURATIONS.get(durationIndex),
        DURATION_LABELS.get(durationIndex),
        random.nextBoolean() ? "Less than 30 hrs/week" : "30+ hrs/week",
        random.nextInt(random.nextBoolean() ? 15 : 60),
        1 + (random.nextInt(10) == 0 ? random.nextInt(4) : 0),
        questions,
        random.nextInt(4) != 0,
        client,
        created);
  }

  private static String describe(
      Random random, Topic topic, List<String> skills, Client client, boolean fixed) {
    String intro =
        pick(random, INTROS)
            .replace("{industry}", pick(random, INDUSTRIES))
            .replace("{country}", client.country());
    String work =
        "We need "
            + topic.deliverable()
            + ". You will work mainly with "
            + String.join(", ", skills)
            + ", and "
            + pick(random, WAYS_OF_WORKING)
            + ".";
    String terms =
        (fixed
                ? "This is a fixed-price project paid on delivery of agreed milestones. "
                : "This is an hourly contract; please share your availability per week. ")
            + pick(random, CLOSINGS);
    return intro + "\n\n" + work + "\n\n" + terms;
  }

  private static Client client(Random random) {
    String[] place = pick(random, PLACES).split("\\|");
    int hires = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(120);
    long spent = hires == 0 ? 0 : 200L * hires + random.nextInt(5000) * (long) hires;
    int reviews = hires == 0 ? 0 : Math.max(0, hires - random.nextInt(hires + 1));
    double rating = reviews == 0 ? 0 : Math.round((4.0 + random.nextDouble()) * 100) / 100.0;
    long orgUid = 1_400_000_000_000_000_000L + random.nextLong(100_000_000_000_000L);
    return new Client(
        String.valueOf(orgUid),
        String.valueOf(3_000_000 + random.nextInt(6_000_000)),
        pick(random, INDUSTRIES)
            + " "
            + pick(random, List.of("Labs", "GmbH", "Inc.", "Ltd", "Studio", "Group")),
        place[0],
        place[1],
        place[2],
        (2012 + random.nextInt(13))
            + "-0"
            + (1 + random.nextInt(9))
            + "-1"
            + random.nextInt(10)
            + "T00:00:00Z",
        spent + ".00",
        hires,
        hires + random.nextInt(20) + 1,
        rating,
        reviews,
        random.nextInt(10) < 8);
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static List<String> pickSome(Random random, List<String> values, int min, int max) {
    List<String> shuffled = new ArrayList<>(values);
    java.util.Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, min + random.nextInt(max - min + 1)));
  }

  private static final List<String> DURATIONS =
      List.of("WEEK", "MONTH", "QUARTER", "SEMESTER", "ONGOING");
  private static final List<String> DURATION_LABELS =
      List.of(
          "Less than 1 month",
          "1 to 3 months",
          "3 to 6 months",
          "More than 6 months",
          "More than 6 months");

  private static final List<String> INDUSTRIES =
      List.of(
          "fintech",
          "healthcare",
          "e-commerce",
          "logistics",
          "education",
          "real estate",
          "travel",
          "media",
          "energy",
          "legal tech");

  private static final List<String> PLACES =
      List.of(
          "United States|Austin|America/Chicago",
          "United States|New York|America/New_York",
          "United States|San Francisco|America/Los_Angeles",
          "United Kingdom|London|Europe/London",
          "Germany|Berlin|Europe/Berlin",
          "Canada|Toronto|America/Toronto",
          "Australia|Sydney|Australia/Sydney",
          "Netherlands|Amsterdam|Europe/Amsterdam",
          "Israel|Tel Aviv|Asia/Jerusalem",
          "United Arab Emirates|Dubai|Asia/Dubai",
          "Singapore|Singapore|Asia/Singapore",
          "France|Paris|Europe/Paris");

  private static final List<String> INTROS =
      List.of(
          "We are a small {industry} startup based in {country} and we are growing fast.",
          "Our {industry} company has served customers for over ten years and is modernising its software.",
          "I run a {industry} business from {country} and need a reliable freelancer for an ongoing product.",
          "We are an agency working with {industry} clients and we are looking for an extra pair of hands.");

  private static final List<String> WAYS_OF_WORKING =
      List.of(
          "we work in weekly sprints with a short demo every Friday",
          "you will report to our CTO, who reviews every pull request",
          "the work is asynchronous, but we expect a daily written update",
          "our designer and product owner are available for questions during European hours");

  private static final List<String> CLOSINGS =
      List.of(
          "Please start your proposal with a short summary of a similar project you delivered.",
          "Tell us how you would approach the first two weeks. Generic proposals will be ignored.",
          "Include links to relevant work. We plan to hire within a few days.",
          "We value clear communication over speed; long-term work is possible for the right person.");

  private static final List<String> SCREENING_QUESTIONS =
      List.of(
          "Describe your recent experience with similar projects",
          "Please list any certifications related to this project",
          "Include a link to your GitHub profile and/or website",
          "What challenging part of this job are you most experienced in?",
          "How many hours per week can you commit to this project?",
          "Which questions do you have about the project?");

  static final List<Category> CATEGORIES =
      List.of(
          new Category(
              "531770282580668418",
              "Web, Mobile & Software Dev",
              List.of(
                  new Topic(
                      "Web Development",
                      List.of(
                          "Full-stack developer for {industry} web app",
                          "{skill} developer needed to build a customer portal",
                          "Fix bugs and add features to our {skill} application",
                          "Senior {skill} engineer for SaaS back end"),
                      List.of(
                          "Java",
                          "Spring Boot",
                          "Angular",
                          "React",
                          "TypeScript",
                          "Node.js",
                          "PostgreSQL",
                          "REST API",
                          "PHP",
                          "Laravel"),
                      "a secure, well-tested web application with an admin area and a public API"),
                  new Topic(
                      "Mobile Development",
                      List.of(
                          "{skill} developer for {industry} mobile app",
                          "Build an iOS and Android app with {skill}",
                          "Mobile app MVP for a {industry} startup"),
                      List.of(
                          "Flutter",
                          "Dart",
                          "Kotlin",
                          "Swift",
                          "React Native",
                          "Firebase",
                          "Mobile App Development"),
                      "a cross-platform mobile app with sign-in, push notifications and in-app payments"))),
          new Category(
              "531770282580668420",
              "Data Science & Analytics",
              List.of(
                  new Topic(
                      "Data Engineering",
                      List.of(
                          "Data engineer to build {skill} pipelines",
                          "Migrate our reporting to {skill}",
                          "Build a data warehouse for a {industry} company"),
                      List.of(
                          "Python",
                          "SQL",
                          "dbt",
                          "Apache Airflow",
                          "Snowflake",
                          "BigQuery",
                          "ETL Pipeline"),
                      "reliable daily pipelines from our production databases into an analytics warehouse"),
                  new Topic(
                      "Machine Learning",
                      List.of(
                          "Machine learning model for {industry} demand forecasting",
                          "{skill} expert for a recommendation engine"),
                      List.of(
                          "Python", "Machine Learning", "scikit-learn", "PyTorch", "Data Analysis"),
                      "a model we can retrain monthly, with a short report on its accuracy"))),
          new Category(
              "531770282580668421",
              "Design & Creative",
              List.of(
                  new Topic(
                      "Product Design",
                      List.of(
                          "UX/UI designer for {industry} dashboard",
                          "Redesign our onboarding flow in {skill}",
                          "Design system in {skill} for a growing product"),
                      List.of(
                          "Figma",
                          "User Experience Design",
                          "User Interface Design",
                          "Design System",
                          "Prototyping",
                          "User Research"),
                      "clickable prototypes and a handover-ready design system"),
                  new Topic(
                      "Branding",
                      List.of(
                          "Logo and brand identity for a {industry} startup",
                          "Brand refresh and style guide"),
                      List.of(
                          "Logo Design", "Brand Identity", "Adobe Illustrator", "Graphic Design"),
                      "a logo, a colour palette and a short brand guide"))),
          new Category(
              "531770282580668419",
              "IT & Networking",
              List.of(
                  new Topic(
                      "DevOps & Solution Architecture",
                      List.of(
                          "DevOps engineer to set up {skill}",
                          "Kubernetes migration for a {industry} platform",
                          "CI/CD pipeline and monitoring with {skill}"),
                      List.of(
                          "Kubernetes",
                          "Terraform",
                          "DevOps",
                          "CI/CD",
                          "Docker",
                          "Amazon Web Services",
                          "Prometheus",
                          "Google Cloud Platform"),
                      "infrastructure as code, automated deployments and alerts that wake the right person"))),
          new Category(
              "531770282580668423",
              "Writing",
              List.of(
                  new Topic(
                      "Content Writing",
                      List.of(
                          "Technical writer for {industry} API documentation",
                          "Blog articles about {industry} for B2B audience",
                          "{skill} for our product launch"),
                      List.of(
                          "Technical Writing",
                          "Copywriting",
                          "Content Writing",
                          "SEO Writing",
                          "API Documentation"),
                      "clear, well-researched articles and documentation in native-level English"))),
          new Category(
              "531770282580668422",
              "Sales & Marketing",
              List.of(
                  new Topic(
                      "Digital Marketing",
                      List.of(
                          "{skill} specialist for a {industry} brand",
                          "Set up and optimise our Google Ads campaigns"),
                      List.of(
                          "Google Ads",
                          "Search Engine Optimization",
                          "Social Media Marketing",
                          "Email Marketing",
                          "Marketing Strategy"),
                      "a measurable campaign plan and monthly reports on what worked"))));
}
