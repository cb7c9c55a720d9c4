package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxQueries.caller;

import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who am I: {@code user}, {@code organization} and {@code companySelector}, answered from the seed.
 * The views below are named after the schema's types and carry its field names; graphql-java reads
 * them by name, and schema fields they lack resolve to null.
 */
@Component
@SandboxEnabled
class IdentityQueries implements SandboxQueries {

  private final SandboxSeed seed;

  IdentityQueries(SandboxSeed seed) {
    this.seed = seed;
  }

  @Override
  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type(
        "Query",
        type ->
            type.dataFetcher("user", env -> currentUser(caller(env).user()))
                .dataFetcher("organization", env -> currentOrganization(caller(env).organization()))
                .dataFetcher("companySelector", env -> companySelector(caller(env).user())));
  }

  record CurrentUserView(
      String id,
      String nid,
      String rid,
      String email,
      String name,
      @Nullable String photoUrl,
      String ciphertext) {}

  record CurrentOrganizationView(
      String id,
      String rid,
      String legacyId,
      String name,
      String type,
      String legacyType,
      OrganizationFlagView flag,
      boolean active,
      boolean hidden,
      String creationDate,
      StaffsConnectionView staffs) {}

  record OrganizationFlagView(boolean client, boolean vendor, boolean agency, boolean individual) {}

  record StaffsConnectionView(List<StaffsConnectionEdgeView> edges, int totalCount) {}

  record StaffsConnectionEdgeView(StaffView node) {}

  /** {@code activationStatus} 1 is active; {@code staffType} 3 is ownership, 2 an invitation. */
  record StaffView(
      String id, GenericUserView user, int activationStatus, String creationDate, int staffType) {}

  record GenericUserView(
      String id,
      String nid,
      String rid,
      String name,
      String firstName,
      String lastName,
      @Nullable String ciphertext) {}

  record GenericOrganizationView(
      String id,
      @Nullable String rid,
      @Nullable String legacyId,
      String name,
      String type,
      String legacyType) {}

  record CompanySelectorView(List<CompanySelectorItemView> items) {}

  record CompanySelectorItemView(
      String title,
      String organizationId,
      String organizationRid,
      String organizationType,
      String organizationLegacyType,
      boolean legacyEnterpriseOrganization,
      String typeTitle) {}

  private static CurrentUserView currentUser(SandboxSeed.User user) {
    return new CurrentUserView(
        user.id(), user.nid(), user.rid(), user.email(), user.shortName(), null, user.profileKey());
  }

  private CurrentOrganizationView currentOrganization(SandboxSeed.Organization organization) {
    boolean agency = organization.kind() == SandboxSeed.Kind.AGENCY;
    List<StaffsConnectionEdgeView> staff =
        organization.members().stream()
            .map(member -> new StaffsConnectionEdgeView(staff(organization, member)))
            .toList();
    return new CurrentOrganizationView(
        organization.id(),
        organization.rid(),
        organization.legacyId(),
        organization.name(),
        organization.type(),
        organization.legacyType(),
        new OrganizationFlagView(false, true, agency, !agency),
        true,
        false,
        organization.creationDate(),
        new StaffsConnectionView(staff, staff.size()));
  }

  private StaffView staff(SandboxSeed.Organization organization, SandboxSeed.Member member) {
    SandboxSeed.User user = seed.user(member.userId()).orElseThrow();
    return new StaffView(
        organization.rid() + ":" + user.rid(),
        genericUser(user),
        1,
        member.since(),
        member.owner() ? 3 : 2);
  }

  /** A user as others see them (Upwork's {@code GenericUser}). */
  static GenericUserView genericUser(SandboxSeed.User user) {
    return new GenericUserView(
        user.id(),
        user.nid(),
        user.rid(),
        user.shortName(),
        user.firstName(),
        user.lastName(),
        user.profileKey());
  }

  /** A client as freelancers see them. */
  static GenericUserView genericUser(SandboxSeed.Client client) {
    return new GenericUserView(
        client.id(),
        client.nid(),
        client.rid(),
        client.firstName() + " " + client.lastName().charAt(0) + ".",
        client.firstName(),
        client.lastName(),
        null);
  }

  static GenericOrganizationView clientOrganization(SandboxSeed.Client client) {
    return new GenericOrganizationView(
        client.organizationId(), null, null, client.organizationName(), "BUSINESS", "CLIENT");
  }

  /** An organization as others see it (Upwork's {@code GenericOrganization}). */
  static GenericOrganizationView genericOrganization(SandboxSeed.Organization organization) {
    return new GenericOrganizationView(
        organization.id(),
        organization.rid(),
        organization.legacyId(),
        organization.name(),
        organization.type(),
        organization.legacyType());
  }

  private CompanySelectorView companySelector(SandboxSeed.User user) {
    return new CompanySelectorView(
        seed.organizationsOf(user.id()).stream()
            .map(
                o ->
                    new CompanySelectorItemView(
                        o.name(),
                        o.id(),
                        o.rid(),
                        o.type(),
                        o.legacyType(),
                        false,
                        o.kind() == SandboxSeed.Kind.AGENCY ? "Agency" : "Freelancer"))
            .toList());
  }
}
