package com.crewbid.upwork.sandbox;

import com.crewbid.upwork.sandbox.JobPostings.JobPosting;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Job search and job detail: {@code marketplaceJobPostingsSearch} and {@code
 * marketplaceJobPosting}, over the postings visible at the sandbox's now.
 *
 * <p>Search honours the text, skill, title, category, job type, experience level, payment
 * verification and proposal-count filters, and reproduces what is reported of Upwork: at most
 * {@value #PAGE_SIZE_CAP} results a page whatever {@code first} asks, and {@code budgetRange_eq},
 * {@code hourlyRate_eq} and {@code workload_eq} silently ignored. Results are always newest first
 * (RECENCY).
 */
@Component
@SandboxEnabled
class JobPostingQueries implements SandboxQueries {

  static final int PAGE_SIZE_CAP = 10;

  private final JobPostings postings;

  JobPostingQueries(JobPostings postings) {
    this.postings = postings;
  }

  @Override
  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type(
        "Query",
        type ->
            type.dataFetcher("marketplaceJobPostingsSearch", this::search)
                .dataFetcher("marketplaceJobPosting", this::posting));
  }

  record SearchResultView(
      String id,
      String ciphertext,
      String title,
      String description,
      String duration,
      String durationLabel,
      String engagement,
      SandboxMoney amount,
      String recordNumber,
      String experienceLevel,
      String category,
      String subcategory,
      int freelancersToHire,
      int totalFreelancersToHire,
      boolean enterprise,
      boolean premium,
      boolean applied,
      int totalApplicants,
      String createdDateTime,
      String publishedDateTime,
      SearchClientView client,
      List<SearchSkillView> skills,
      @Nullable String hourlyBudgetType,
      @Nullable SandboxMoney hourlyBudgetMin,
      @Nullable SandboxMoney hourlyBudgetMax,
      JobPostingView job) {}

  record SearchClientView(
      String memberSinceDateTime,
      int totalHires,
      int totalPostedJobs,
      SandboxMoney totalSpent,
      String verificationStatus,
      SearchLocationView location,
      int totalReviews,
      double totalFeedback,
      String companyRid,
      String companyName,
      String edcUserId,
      String companyOrgUid,
      boolean hasFinancialPrivacy) {}

  record SearchLocationView(String city, String country, String timezone) {}

  record SearchSkillView(String name, String prettyName, boolean highlighted) {}

  record JobPostingView(
      String id,
      WorkFlowStateView workFlowState,
      ContentView content,
      List<Object> attachments,
      ClassificationView classification,
      ContractTermsView contractTerms,
      ContractorSelectionView contractorSelection,
      PublicCompanyView clientCompanyPublic,
      boolean canClientReceiveContractProposal,
      List<String> organizationIds) {}

  record WorkFlowStateView(String status) {}

  record ContentView(String title, String description) {}

  record ClassificationView(
      JobCategoryView category,
      JobCategoryView subCategory,
      List<SkillView> skills,
      List<SkillView> additionalSkills) {}

  record JobCategoryView(
      String id,
      String ontologyId,
      List<String> type,
      String entityStatus,
      String preferredLabel) {}

  record SkillView(
      String id,
      String ontologyId,
      String entityStatus,
      String preferredLabel,
      String prettyName) {}

  record ContractTermsView(
      String contractType,
      int personsToHire,
      String experienceLevel,
      @Nullable FixedTermsView fixedPriceContractTerms,
      @Nullable HourlyTermsView hourlyContractTerms) {}

  record FixedTermsView(SandboxMoney amount) {}

  record HourlyTermsView(
      String engagementType, String hourlyBudgetType, int hourlyBudgetMin, int hourlyBudgetMax) {}

  record ContractorSelectionView(ProposalRequirementView proposalRequirement) {}

  record ProposalRequirementView(
      boolean coverLetterRequired,
      boolean freelancerMilestonesAllowed,
      List<QuestionView> screeningQuestions) {}

  record QuestionView(String question, int sequenceNumber) {}

  record PublicCompanyView(
      String id,
      CountryView country,
      String city,
      String timezone,
      PaymentVerificationView paymentVerification) {}

  record CountryView(String name) {}

  record PaymentVerificationView(String status, boolean paymentVerified) {}

  private SandboxConnections.Connection search(DataFetchingEnvironment env) {
    Map<String, Object> filter = SandboxConnections.input(env.getArgument("marketPlaceJobFilter"));
    List<JobPosting> matching = postings.visible().stream().filter(matches(filter)).toList();
    return SandboxConnections.page(
        matching,
        JobPosting::id,
        JobPostingQueries::searchResult,
        SandboxConnections.input(filter.get("pagination_eq")),
        PAGE_SIZE_CAP);
  }

  private Object posting(DataFetchingEnvironment env) {
    String id = env.getArgument("id");
    return SandboxErrors.orNotFound(
        env, postings.findPosted(id).map(JobPostingQueries::detail), "Job posting " + id);
  }

  /** The filters Upwork applies; the range filters it ignores are deliberately absent. */
  private static Predicate<JobPosting> matches(Map<String, Object> filter) {
    List<Predicate<JobPosting>> all = new ArrayList<>();
    text(filter, "searchExpression_eq")
        .ifPresent(
            terms ->
                all.add(
                    p ->
                        containsAll(
                            Stream.concat(
                                    Stream.of(p.title(), p.description()), p.skills().stream())
                                .toList(),
                            terms)));
    text(filter, "skillExpression_eq")
        .ifPresent(terms -> all.add(p -> containsAll(p.skills(), terms)));
    text(filter, "titleExpression_eq")
        .ifPresent(terms -> all.add(p -> containsAll(List.of(p.title()), terms)));
    if (filter.get("categoryIds_any") instanceof Collection<?> ids && !ids.isEmpty()) {
      all.add(p -> ids.contains(p.category().id()));
    }
    if (filter.get("jobType_eq") instanceof String jobType) {
      all.add(p -> p.jobType().equals(jobType));
    }
    if (filter.get("experienceLevel_eq") instanceof String level) {
      all.add(p -> p.experienceLevel().equals(level));
    }
    if (Boolean.TRUE.equals(filter.get("verifiedPaymentOnly_eq"))) {
      all.add(p -> p.client().paymentVerified());
    }
    Map<String, Object> proposals = SandboxConnections.input(filter.get("proposalRange_eq"));
    if (proposals.get("rangeStart") instanceof Integer from) {
      all.add(p -> p.totalApplicants() >= from);
    }
    if (proposals.get("rangeEnd") instanceof Integer to) {
      all.add(p -> p.totalApplicants() <= to);
    }
    return all.stream().reduce(p -> true, Predicate::and);
  }

  private static java.util.Optional<List<String>> text(Map<String, Object> filter, String name) {
    if (!(filter.get(name) instanceof String expression) || expression.isBlank()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Stream.of(expression.toLowerCase(Locale.ROOT).split("[\\s,]+"))
            .filter(term -> !term.isEmpty() && !term.equals("and"))
            .toList());
  }

  /** Every term occurs in one of the texts, ignoring case: Upwork's default AND of words. */
  private static boolean containsAll(List<String> texts, List<String> terms) {
    return terms.stream()
        .allMatch(term -> texts.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(term)));
  }

  private static SearchResultView searchResult(JobPosting p) {
    JobPostings.Client c = p.client();
    String created = p.createdDateTime().toString();
    return new SearchResultView(
        p.id(),
        p.ciphertext(),
        p.title(),
        p.description(),
        p.duration(),
        p.durationLabel(),
        p.engagement(),
        SandboxMoney.usd(p.isFixed() ? p.fixedAmount() : "0.0"),
        p.id(),
        p.experienceLevel(),
        p.category().label(),
        p.topic().subcategory(),
        p.freelancersToHire(),
        p.freelancersToHire(),
        false,
        false,
        false,
        p.totalApplicants(),
        created,
        created,
        new SearchClientView(
            c.memberSince(),
            c.totalHires(),
            c.totalPostedJobs(),
            SandboxMoney.usd(c.totalSpent()),
            c.paymentVerified() ? "VERIFIED" : "NOT_VERIFIED",
            new SearchLocationView(c.city(), c.country(), c.timezone()),
            c.reviews(),
            c.rating(),
            c.companyRid(),
            c.companyName(),
            c.companyRid(),
            c.companyOrgUid(),
            false),
        p.skills().stream().map(s -> new SearchSkillView(s, s, false)).toList(),
        p.isFixed() ? null : "HOURLY_RATE",
        p.isFixed() ? null : SandboxMoney.usd(p.hourlyMin()),
        p.isFixed() ? null : SandboxMoney.usd(p.hourlyMax()),
        detail(p));
  }

  static JobPostingView detail(JobPosting p) {
    JobPostings.Client c = p.client();
    List<QuestionView> questions = new ArrayList<>();
    for (int i = 0; i < p.screeningQuestions().size(); i++) {
      questions.add(new QuestionView(p.screeningQuestions().get(i), i + 1));
    }
    return new JobPostingView(
        p.id(),
        new WorkFlowStateView("PUBLIC"),
        new ContentView(p.title(), p.description()),
        List.of(),
        new ClassificationView(
            category(p.category().id(), p.category().label()),
            category(
                p.category().id() + Integer.toUnsignedString(p.topic().subcategory().hashCode()),
                p.topic().subcategory()),
            p.skills().stream().map(s -> new SkillView(s, s, "ACTIVE", s, s)).toList(),
            List.of()),
        new ContractTermsView(
            p.jobType(),
            p.freelancersToHire(),
            p.experienceLevel(),
            p.isFixed() ? new FixedTermsView(SandboxMoney.usd(p.fixedAmount())) : null,
            p.isFixed()
                ? null
                : new HourlyTermsView(
                    p.engagement().startsWith("30+") ? "FULL_TIME" : "PART_TIME",
                    "HOURLY_RATE",
                    wholeDollars(p.hourlyMin()),
                    wholeDollars(p.hourlyMax()))),
        new ContractorSelectionView(
            new ProposalRequirementView(p.coverLetterRequired(), p.isFixed(), questions)),
        new PublicCompanyView(
            c.companyOrgUid(),
            new CountryView(c.country()),
            c.city(),
            c.timezone(),
            new PaymentVerificationView(
                c.paymentVerified() ? "VERIFIED" : "NOT_VERIFIED", c.paymentVerified())),
        true,
        List.of(c.companyOrgUid()));
  }

  private static JobCategoryView category(String id, String label) {
    return new JobCategoryView(id, id, List.of("CATEGORY"), "ACTIVE", label);
  }

  private static int wholeDollars(@Nullable String amount) {
    return amount == null ? 0 : (int) Double.parseDouble(amount);
  }
}
