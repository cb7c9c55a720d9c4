package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxQueries.caller;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Contracts, their offers and earnings from the seed: {@code vendorContracts}, {@code contract},
 * {@code contractList}, {@code offer} and {@code transactionHistory}. Each seeded contract came
 * from an accepted offer, whose id is the contract's followed by {@value #OFFER_SUFFIX}. A request
 * sees the contracts it works on itself and those of the organization it acts in. Every payment
 * appears in the history as Upwork lists it: the credit, then its 10% service fee as a debit.
 */
@Component
@SandboxEnabled
class ContractQueries implements SandboxQueries {

  static final BigDecimal SERVICE_FEE = new BigDecimal("0.10");

  static final String OFFER_SUFFIX = "7";

  private final SandboxSeed seed;
  private final ProfileQueries profiles;

  ContractQueries(SandboxSeed seed, ProfileQueries profiles) {
    this.seed = seed;
    this.profiles = profiles;
  }

  @Override
  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type(
        "Query",
        type ->
            type.dataFetcher("vendorContracts", this::vendorContracts)
                .dataFetcher("contract", this::contract)
                .dataFetcher("contractList", this::contractList)
                .dataFetcher("offer", this::offer)
                .dataFetcher("transactionHistory", this::transactionHistory));
  }

  record ContractSearchResultsView(PagingView paging, List<ContractDetailsView> contracts) {}

  record PagingView(int limit, int offset) {}

  record ContractListView(List<ContractDetailsView> contracts) {}

  record ContractDetailsView(
      String id,
      String title,
      String status,
      String kind,
      String createDate,
      String startDate,
      @Nullable String endDate,
      ContractJobView job,
      ContractUserView freelancer,
      IdentityQueries.GenericOrganizationView vendorOrganization,
      IdentityQueries.GenericOrganizationView vendorTeam,
      IdentityQueries.GenericOrganizationView clientOrganization,
      IdentityQueries.GenericOrganizationView clientTeam,
      ContractUserView hiringManager,
      ContractUserView supervisor,
      MetadataView metadata,
      TermsView terms) {}

  record ContractJobView(String id, JobContentView content) {}

  record JobContentView(String title, String description) {}

  record ContractUserView(String id, String rid, String name, String firstName, String lastName) {}

  record MetadataView(boolean agencyContract) {}

  record TermsView(List<HourlyTermView> hourlyTerms, List<FixedTermView> fixedPriceTerms) {}

  record HourlyTermView(String id, SandboxMoney hourlyRate, String startDate) {}

  record FixedTermView(String id, SandboxMoney fixedAmount, String startDate) {}

  /** Upwork's {@code Contract}, the single-contract view. */
  record ContractView(
      String id,
      String contractId,
      String title,
      String contractType,
      boolean hasAgency,
      @Nullable SandboxMoney hourlyChargeRate,
      @Nullable Float weeklyHoursLimit,
      String createdDateTime,
      String startDateTime,
      @Nullable String endDateTime,
      String status,
      String date,
      List<Object> workDays,
      List<Object> workDiaryTimeCells) {}

  /** Upwork's {@code Offer}, as accepted for a seeded contract. */
  record OfferView(
      String id,
      String title,
      String description,
      String type,
      boolean closeJobPostingOnAccept,
      IdentityQueries.GenericOrganizationView client,
      OfferTermsView offerTerms,
      String messageToContractor,
      String state,
      List<Object> milestones,
      boolean createdUsingBYOFlow,
      ProfileQueries.FreelancerProfileView freelancer,
      boolean payrollOffer,
      List<String> organizationIds) {}

  record OfferTermsView(
      String expectedStartDate,
      @Nullable String expectedEndDate,
      @Nullable FixedPriceTermView fixedPriceTerm,
      @Nullable OfferHourlyTermsView hourlyTerms) {}

  record FixedPriceTermView(SandboxMoney budget) {}

  record OfferHourlyTermsView(
      SandboxMoney rate, @Nullable Float weeklyHoursLimit, boolean manualTimeAllowed) {}

  record TransactionHistoryView(TransactionDetailView transactionDetail) {}

  record TransactionDetailView(List<TransactionRowView> transactionHistoryRow) {}

  record TransactionRowView(
      int rowNumber,
      String recordId,
      String transactionCreationDate,
      String type,
      String accountingSubtype,
      String description,
      String descriptionUI,
      SandboxMoney transactionAmount,
      SandboxMoney amountCreditedToUser,
      SandboxMoney payment,
      String paymentStatus,
      String assignmentAgencyName,
      String assignmentCompanyName,
      String assignmentDeveloperName,
      String assignmentTeamId,
      String assignmentTeamUserId,
      boolean paymentGuaranteed) {}

  private Object vendorContracts(DataFetchingEnvironment env) {
    SandboxCaller caller = caller(env);
    Map<String, Object> filter = SandboxConnections.input(env.getArgument("filter"));
    Object vendorId = filter.get("vendorId");
    boolean vendorIsCaller =
        caller.organization().id().equals(vendorId) || caller.user().id().equals(vendorId);
    if (!vendorIsCaller) {
      return SandboxErrors.fieldError(
          env,
          SandboxErrors.PERMISSION_DENIED,
          "vendorId must be the caller or the organization the request acts in");
    }
    Map<String, Object> paging = SandboxConnections.input(env.getArgument("paging"));
    int offset = paging.get("offset") instanceof Integer n ? Math.max(0, n) : 0;
    int limit = paging.get("limit") instanceof Integer n ? Math.clamp(n, 0, 100) : 20;
    List<SandboxSeed.Contract> matching =
        seed.contracts().stream()
            .filter(c -> c.isVisibleTo(caller))
            .filter(
                c -> c.vendorOrganizationId().equals(vendorId) || c.freelancerId().equals(vendorId))
            .filter(
                c ->
                    !(filter.get("contractStatuses") instanceof Collection<?> statuses)
                        || statuses.isEmpty()
                        || statuses.contains(c.status()))
            .sorted(Comparator.comparing(SandboxSeed.Contract::startDate).reversed())
            .toList();
    return new ContractSearchResultsView(
        new PagingView(limit, offset),
        matching.stream().skip(offset).limit(limit).map(this::details).toList());
  }

  private Object contract(DataFetchingEnvironment env) {
    String id = env.getArgument("id");
    return SandboxErrors.orNotFound(
        env,
        seed.contract(id).filter(c -> c.isVisibleTo(caller(env))).map(this::single),
        "Contract " + id);
  }

  private Object offer(DataFetchingEnvironment env) {
    String id = env.getArgument("id");
    return SandboxErrors.orNotFound(
        env,
        java.util.Optional.ofNullable(id)
            .filter(o -> o.endsWith(OFFER_SUFFIX))
            .flatMap(o -> seed.contract(o.substring(0, o.length() - OFFER_SUFFIX.length())))
            .filter(c -> c.isVisibleTo(caller(env)))
            .map(this::offerOf),
        "Offer " + id);
  }

  private OfferView offerOf(SandboxSeed.Contract c) {
    SandboxSeed.Client client = seed.client(c.clientId()).orElseThrow();
    SandboxSeed.User freelancer = seed.user(c.freelancerId()).orElseThrow();
    SandboxMoney rate = SandboxMoney.usd(c.rate());
    return new OfferView(
        c.id() + OFFER_SUFFIX,
        c.title(),
        c.title(),
        c.isHourly() ? "HOURLY" : "FIXED_PRICE",
        true,
        IdentityQueries.clientOrganization(client),
        new OfferTermsView(
            c.startDate(),
            c.endDate(),
            c.isHourly() ? null : new FixedPriceTermView(rate),
            c.isHourly()
                ? new OfferHourlyTermsView(
                    rate,
                    c.weeklyHoursLimit() == null ? null : c.weeklyHoursLimit().floatValue(),
                    false)
                : null),
        "Looking forward to working with you on " + c.title() + ".",
        "ACCEPTED",
        List.of(),
        false,
        profiles.freelancerProfile(freelancer),
        false,
        List.of(c.vendorOrganizationId()));
  }

  /** Ids the caller may not see are left out, as Upwork leaves out unknown ones. */
  private ContractListView contractList(DataFetchingEnvironment env) {
    List<String> ids = env.getArgument("ids");
    return new ContractListView(
        ids.stream()
            .flatMap(id -> seed.contract(id).stream())
            .filter(c -> c.isVisibleTo(caller(env)))
            .map(this::details)
            .toList());
  }

  private Object transactionHistory(DataFetchingEnvironment env) {
    SandboxCaller caller = caller(env);
    Map<String, Object> filter =
        SandboxConnections.input(env.getArgument("transactionHistoryFilter"));
    Map<String, Object> range = SandboxConnections.input(filter.get("transactionDateTime_bt"));
    Instant from;
    Instant to;
    try {
      from = instant(range.get("rangeStart"), Instant.MIN, false);
      to = instant(range.get("rangeEnd"), Instant.MAX, true);
    } catch (DateTimeParseException e) {
      return SandboxErrors.fieldError(
          env, graphql.ErrorType.ValidationError, "transactionDateTime_bt: " + e.getMessage());
    }
    List<TransactionRowView> rows = new ArrayList<>();
    seed.contracts().stream()
        .filter(c -> c.isVisibleTo(caller))
        .filter(c -> anyOrContains(filter.get("developerIds_any"), c.freelancerId()))
        .filter(c -> anyOrContains(filter.get("agencyCompanyUids_any"), c.vendorOrganizationId()))
        .filter(c -> anyOrContains(filter.get("agencyCompanyIds_any"), c.vendorOrganizationId()))
        .flatMap(c -> c.payments().stream().map(p -> Map.entry(c, p)))
        .filter(e -> !Instant.parse(e.getValue().date()).isBefore(from))
        .filter(e -> !Instant.parse(e.getValue().date()).isAfter(to))
        .sorted(Comparator.comparing(e -> e.getValue().date()))
        .forEach(e -> rows.addAll(rowsOf(e.getKey(), e.getValue(), rows.size())));
    return new TransactionHistoryView(new TransactionDetailView(rows));
  }

  private List<TransactionRowView> rowsOf(
      SandboxSeed.Contract contract, SandboxSeed.Payment payment, int rowsBefore) {
    BigDecimal amount = new BigDecimal(payment.amount());
    BigDecimal fee = amount.multiply(SERVICE_FEE).setScale(2, RoundingMode.HALF_UP);
    String type = contract.isHourly() ? "Hourly" : "Fixed Price";
    String recordBase = contract.id() + payment.date().substring(0, 10).replace("-", "");
    return List.of(
        row(
            contract,
            payment,
            rowsBefore + 1,
            recordBase + "1",
            type,
            payment.description(),
            amount),
        row(
            contract,
            payment,
            rowsBefore + 2,
            recordBase + "2",
            "Service Fee",
            "Service Fee for " + type + " - Ref ID " + recordBase + "1",
            fee.negate()));
  }

  private TransactionRowView row(
      SandboxSeed.Contract contract,
      SandboxSeed.Payment payment,
      int rowNumber,
      String recordId,
      String type,
      String description,
      BigDecimal amount) {
    SandboxSeed.User freelancer = seed.user(contract.freelancerId()).orElseThrow();
    SandboxSeed.Client client = seed.client(contract.clientId()).orElseThrow();
    SandboxMoney money = SandboxMoney.usd(amount.toPlainString());
    return new TransactionRowView(
        rowNumber,
        recordId,
        payment.date(),
        type,
        type,
        description,
        description,
        money,
        money,
        money,
        "PAID",
        seed.organization(contract.vendorOrganizationId()).orElseThrow().name(),
        client.organizationName(),
        freelancer.fullName(),
        client.organizationId(),
        freelancer.id(),
        true);
  }

  private ContractDetailsView details(SandboxSeed.Contract c) {
    SandboxSeed.User freelancer = seed.user(c.freelancerId()).orElseThrow();
    SandboxSeed.Client client = seed.client(c.clientId()).orElseThrow();
    SandboxSeed.Organization vendor = seed.organization(c.vendorOrganizationId()).orElseThrow();
    IdentityQueries.GenericOrganizationView vendorView =
        IdentityQueries.genericOrganization(vendor);
    IdentityQueries.GenericOrganizationView clientOrganization =
        IdentityQueries.clientOrganization(client);
    ContractUserView clientUser =
        new ContractUserView(
            client.id(),
            client.rid(),
            client.firstName() + " " + client.lastName().charAt(0) + ".",
            client.firstName(),
            client.lastName());
    SandboxMoney rate = SandboxMoney.usd(c.rate());
    return new ContractDetailsView(
        c.id(),
        c.title(),
        c.status(),
        c.kind(),
        c.startDate(),
        c.startDate(),
        c.endDate(),
        new ContractJobView(c.id() + "0", new JobContentView(c.title(), c.title())),
        new ContractUserView(
            freelancer.id(),
            freelancer.rid(),
            freelancer.shortName(),
            freelancer.firstName(),
            freelancer.lastName()),
        vendorView,
        vendorView,
        clientOrganization,
        clientOrganization,
        clientUser,
        clientUser,
        new MetadataView(vendor.kind() == SandboxSeed.Kind.AGENCY),
        new TermsView(
            c.isHourly()
                ? List.of(new HourlyTermView(c.id() + "-h", rate, c.startDate()))
                : List.of(),
            c.isHourly()
                ? List.of()
                : List.of(new FixedTermView(c.id() + "-f", rate, c.startDate()))));
  }

  private ContractView single(SandboxSeed.Contract c) {
    boolean agency =
        seed.organization(c.vendorOrganizationId()).orElseThrow().kind() == SandboxSeed.Kind.AGENCY;
    return new ContractView(
        c.id(),
        c.id(),
        c.title(),
        c.kind(),
        agency,
        c.isHourly() ? SandboxMoney.usd(c.rate()) : null,
        c.weeklyHoursLimit() == null ? null : c.weeklyHoursLimit().floatValue(),
        c.startDate(),
        c.startDate(),
        c.endDate(),
        c.status(),
        c.startDate(),
        List.of(),
        List.of());
  }

  private static boolean anyOrContains(@Nullable Object wanted, String value) {
    return !(wanted instanceof Collection<?> values) || values.isEmpty() || values.contains(value);
  }

  /**
   * An ISO instant or an ISO day, as clients send either; a day that ends a range includes the
   * whole day (UTC).
   */
  private static Instant instant(@Nullable Object value, Instant otherwise, boolean endOfRange) {
    if (!(value instanceof String text) || text.isBlank()) {
      return otherwise;
    }
    if (text.length() != 10) {
      return Instant.parse(text);
    }
    LocalDate day = LocalDate.parse(text);
    return (endOfRange ? day.plusDays(1) : day)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant()
        .minusNanos(endOfRange ? 1 : 0);
  }
}
