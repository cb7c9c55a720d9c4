package com.crewbid.jobs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL documents jobs sends to Upwork, written against Upwork's schema ({@code
 * upwork/upwork-schema.graphql}; {@code UpworkJobQueriesTest} validates them against it), the
 * shapes of their answers, and how an answer becomes a {@link FetchedJob}.
 */
final class UpworkJobQueries {

  /** Upwork answers about ten postings a page whatever is asked. */
  static final int PAGE_SIZE = 10;

  static final String SEARCH =
      """
      query CrewbidJobSearch($filter: MarketplaceJobPostingsSearchFilter) {
        marketplaceJobPostingsSearch(
          marketPlaceJobFilter: $filter
          searchType: USER_JOBS_SEARCH
          sortAttributes: [{field: RECENCY}]
        ) {
          totalCount
          edges {
            node {
              id ciphertext title description duration durationLabel engagement
              amount { rawValue currency }
              hourlyBudgetMin { rawValue currency }
              hourlyBudgetMax { rawValue currency }
              skills { name }
              experienceLevel category subcategory totalApplicants
              createdDateTime publishedDateTime
              client {
                companyOrgUid companyName
                memberSinceDateTime totalHires totalPostedJobs
                totalSpent { rawValue currency }
                verificationStatus totalReviews totalFeedback
                location { country city }
              }
              job {
                classification { category { id preferredLabel } }
                contractTerms { contractType }
              }
            }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;

  static final String POSTING =
      """
      query CrewbidJobPosting($id: String!) {
        marketplaceJobPosting(id: $id) {
          id
          content { title description }
          classification {
            category { id preferredLabel }
            subCategory { preferredLabel }
            skills { preferredLabel }
          }
          contractTerms {
            contractType experienceLevel
            fixedPriceContractTerms { amount { rawValue currency } }
            hourlyContractTerms { engagementType hourlyBudgetMin hourlyBudgetMax }
          }
          contractorSelection {
            proposalRequirement {
              coverLetterRequired
              screeningQuestions { question sequenceNumber }
            }
          }
          clientCompanyPublic {
            id
            city
            country { name }
            paymentVerification { paymentVerified }
          }
        }
      }
      """;

  private UpworkJobQueries() {}

  record MoneyValue(@Nullable String rawValue, @Nullable String currency) {
    @Nullable BigDecimal amount() {
      try {
        return rawValue == null || rawValue.isBlank() ? null : new BigDecimal(rawValue.strip());
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
  }

  record SearchConnection(
      @Nullable Integer totalCount, @Nullable List<Edge> edges, @Nullable PageInfo pageInfo) {

    List<Node> nodes() {
      return edges == null
          ? List.of()
          : edges.stream().filter(Objects::nonNull).map(Edge::node).toList();
    }

    boolean hasNextPage() {
      return pageInfo != null
          && Boolean.TRUE.equals(pageInfo.hasNextPage())
          && pageInfo.endCursor() != null;
    }
  }

  record Edge(Node node) {}

  record PageInfo(@Nullable Boolean hasNextPage, @Nullable String endCursor) {}

  record Node(
      String id,
      @Nullable String ciphertext,
      String title,
      String description,
      @Nullable String duration,
      @Nullable String durationLabel,
      @Nullable String engagement,
      @Nullable MoneyValue amount,
      @Nullable MoneyValue hourlyBudgetMin,
      @Nullable MoneyValue hourlyBudgetMax,
      @Nullable List<Skill> skills,
      @Nullable String experienceLevel,
      @Nullable String category,
      @Nullable String subcategory,
      @Nullable Integer totalApplicants,
      @Nullable String createdDateTime,
      @Nullable String publishedDateTime,
      @Nullable Client client,
      @Nullable JobRef job) {}

  record Skill(@Nullable String name) {}

  record Client(
      @Nullable String companyOrgUid,
      @Nullable String companyName,
      @Nullable String memberSinceDateTime,
      @Nullable Integer totalHires,
      @Nullable Integer totalPostedJobs,
      @Nullable MoneyValue totalSpent,
      @Nullable String verificationStatus,
      @Nullable Integer totalReviews,
      @Nullable Double totalFeedback,
      @Nullable Location location) {}

  record Location(@Nullable String country, @Nullable String city) {}

  record JobRef(@Nullable Classification classification, @Nullable Terms contractTerms) {}

  record Classification(@Nullable Category category) {}

  record Category(@Nullable String id, @Nullable String preferredLabel) {}

  record Label(@Nullable String preferredLabel) {}

  record Posting(
      String id,
      @Nullable Content content,
      @Nullable PostingClassification classification,
      @Nullable Terms contractTerms,
      @Nullable Selection contractorSelection,
      @Nullable Company clientCompanyPublic) {}

  record Content(String title, String description) {}

  record PostingClassification(
      @Nullable Category category, @Nullable Label subCategory, @Nullable List<Label> skills) {}

  record Terms(
      @Nullable String contractType,
      @Nullable String experienceLevel,
      @Nullable FixedTerms fixedPriceContractTerms,
      @Nullable HourlyTerms hourlyContractTerms) {}

  record FixedTerms(@Nullable MoneyValue amount) {}

  record HourlyTerms(
      @Nullable String engagementType,
      @Nullable Integer hourlyBudgetMin,
      @Nullable Integer hourlyBudgetMax) {}

  record Selection(@Nullable Requirement proposalRequirement) {}

  record Requirement(
      @Nullable Boolean coverLetterRequired, @Nullable List<Question> screeningQuestions) {}

  record Question(@Nullable String question, @Nullable Integer sequenceNumber) {}

  record Company(
      @Nullable String id,
      @Nullable String city,
      @Nullable Country country,
      @Nullable Verification paymentVerification) {}

  record Country(@Nullable String name) {}

  record Verification(@Nullable Boolean paymentVerified) {}

  /**
   * A search result as the cache stores it (no screening questions: those come with the detail).
   */
  static FetchedJob fromSearch(Node node) {
    Terms terms = node.job() == null ? null : node.job().contractTerms();
    Category category =
        node.job() == null || node.job().classification() == null
            ? null
            : node.job().classification().category();
    BigDecimal hourlyMin = amount(node.hourlyBudgetMin());
    BigDecimal hourlyMax = amount(node.hourlyBudgetMax());
    String jobType = jobType(terms == null ? null : terms.contractType(), hourlyMin, hourlyMax);
    boolean fixed = jobType.equals("FIXED");
    Client client = node.client();
    Location location = client == null ? null : client.location();
    String currency =
        firstCurrency(
            node.amount(), node.hourlyBudgetMin(), client == null ? null : client.totalSpent());
    return new FetchedJob(
        node.id(),
        node.ciphertext(),
        node.title(),
        node.description(),
        node.skills() == null
            ? List.of()
            : node.skills().stream()
                .filter(s -> s != null && s.name() != null)
                .map(Skill::name)
                .toList(),
        category == null ? null : category.id(),
        category != null && category.preferredLabel() != null
            ? category.preferredLabel()
            : node.category(),
        node.subcategory(),
        jobType,
        currency,
        fixed ? amount(node.amount()) : null,
        fixed ? null : hourlyMin,
        fixed ? null : hourlyMax,
        node.experienceLevel(),
        node.duration(),
        node.durationLabel(),
        node.engagement(),
        node.totalApplicants(),
        client == null ? null : blankToNull(client.companyOrgUid()),
        client == null ? null : blankToNull(client.companyName()),
        location == null ? null : location.country(),
        location == null ? null : location.city(),
        client == null || client.totalFeedback() == null
            ? null
            : BigDecimal.valueOf(client.totalFeedback())
                .setScale(2, java.math.RoundingMode.HALF_UP),
        client == null ? null : client.totalReviews(),
        client == null ? null : amount(client.totalSpent()),
        client == null ? null : client.totalHires(),
        client == null ? null : client.totalPostedJobs(),
        client == null || client.verificationStatus() == null
            ? null
            : client.verificationStatus().equals("VERIFIED"),
        client == null ? null : instant(client.memberSinceDateTime()),
        null,
        null,
        instant(node.createdDateTime()) != null
            ? instant(node.createdDateTime())
            : instant(node.publishedDateTime()));
  }

  /**
   * A posting's detail as the cache stores it: with the screening questions (an empty list when it
   * has none), without the posting time and the client's statistics, which the detail lacks.
   */
  static FetchedJob fromPosting(Posting posting) {
    Terms terms = posting.contractTerms();
    HourlyTerms hourly = terms == null ? null : terms.hourlyContractTerms();
    FixedTerms fixedTerms = terms == null ? null : terms.fixedPriceContractTerms();
    BigDecimal hourlyMin =
        hourly == null || hourly.hourlyBudgetMin() == null
            ? null
            : BigDecimal.valueOf(hourly.hourlyBudgetMin());
    BigDecimal hourlyMax =
        hourly == null || hourly.hourlyBudgetMax() == null
            ? null
            : BigDecimal.valueOf(hourly.hourlyBudgetMax());
    String jobType = jobType(terms == null ? null : terms.contractType(), hourlyMin, hourlyMax);
    boolean fixed = jobType.equals("FIXED");
    PostingClassification classification = posting.classification();
    Category category = classification == null ? null : classification.category();
    Requirement requirement =
        posting.contractorSelection() == null
            ? null
            : posting.contractorSelection().proposalRequirement();
    List<String> questions =
        requirement == null || requirement.screeningQuestions() == null
            ? List.of()
            : requirement.screeningQuestions().stream()
                .filter(q -> q != null && q.question() != null && !q.question().isBlank())
                .sorted(
                    Comparator.comparing(
                        q -> q.sequenceNumber() == null ? Integer.MAX_VALUE : q.sequenceNumber()))
                .map(Question::question)
                .toList();
    Company company = posting.clientCompanyPublic();
    Content content = posting.content();
    return new FetchedJob(
        posting.id(),
        null,
        content == null ? "" : content.title(),
        content == null ? "" : content.description(),
        classification == null || classification.skills() == null
            ? List.of()
            : classification.skills().stream()
                .filter(s -> s != null && s.preferredLabel() != null)
                .map(Label::preferredLabel)
                .toList(),
        category == null ? null : category.id(),
        category == null ? null : category.preferredLabel(),
        classification == null || classification.subCategory() == null
            ? null
            : classification.subCategory().preferredLabel(),
        jobType,
        fixedTerms != null && fixedTerms.amount() != null && fixedTerms.amount().currency() != null
            ? fixedTerms.amount().currency()
            : "USD",
        fixed && fixedTerms != null ? amount(fixedTerms.amount()) : null,
        fixed ? null : hourlyMin,
        fixed ? null : hourlyMax,
        terms == null ? null : terms.experienceLevel(),
        null,
        null,
        null,
        null,
        company == null ? null : blankToNull(company.id()),
        null,
        company == null || company.country() == null ? null : company.country().name(),
        company == null ? null : company.city(),
        null,
        null,
        null,
        null,
        null,
        company == null || company.paymentVerification() == null
            ? null
            : company.paymentVerification().paymentVerified(),
        null,
        requirement == null ? null : requirement.coverLetterRequired(),
        questions,
        null);
  }

  private static String jobType(
      @Nullable String contractType,
      @Nullable BigDecimal hourlyMin,
      @Nullable BigDecimal hourlyMax) {
    if ("FIXED".equals(contractType) || "HOURLY".equals(contractType)) {
      return contractType;
    }
    return hourlyMin != null || hourlyMax != null ? "HOURLY" : "FIXED";
  }

  private static String firstCurrency(@Nullable MoneyValue... values) {
    for (MoneyValue value : values) {
      if (value != null && value.currency() != null && value.currency().matches("[A-Z]{3}")) {
        return value.currency();
      }
    }
    return "USD";
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static @Nullable BigDecimal amount(@Nullable MoneyValue money) {
    return money == null ? null : money.amount();
  }

  private static @Nullable Instant instant(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }
}
