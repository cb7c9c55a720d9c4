package com.crewbid.upwork.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's Upwork: deterministic people, organizations, clients, contracts with their
 * payments, and message rooms, read from {@code upwork/sandbox-seed.json}. Job postings are
 * generated ({@link JobPostings}); proposals and sent messages are created through the API. The
 * seed is checked when it loads, so a broken file stops the application instead of answering odd
 * data.
 */
class SandboxSeed {

  static final String LOCATION = "upwork/sandbox-seed.json";

  /** An Upwork user. {@code profileKey} is the public ciphertext of the freelancer profile. */
  record User(
      String id,
      String nid,
      String rid,
      String firstName,
      String lastName,
      String email,
      String profileKey,
      String title,
      String overview,
      List<String> skills,
      Money hourlyRate,
      String country,
      String city,
      String timezone,
      List<PortfolioItem> portfolio,
      List<Employment> workHistory) {

    String fullName() {
      return firstName + " " + lastName;
    }

    /** How Upwork shows a person to others: first name and the initial of the last name. */
    String shortName() {
      return firstName + " " + lastName.charAt(0) + ".";
    }
  }

  /** A piece of work shown on a freelancer's profile; dates are ISO days. */
  record PortfolioItem(
      String title,
      String description,
      List<String> skills,
      String completionDate,
      String projectUrl) {}

  /** A past or current job on a freelancer's profile; {@code endDate} is null while it lasts. */
  record Employment(
      String companyName,
      String jobTitle,
      String startDate,
      @Nullable String endDate,
      String description) {}

  /** A decimal amount as a string, as Upwork's {@code Money.rawValue} is. */
  record Money(String amount, String currency) {}

  /**
   * An Upwork organization: each freelancer's personal one ({@code FREELANCER}) or an agency.
   * {@code type} and {@code legacyType} are Upwork's values (BUSINESS / SOLE_PROPRIETOR, CLIENT /
   * VENDOR).
   */
  record Organization(
      String id,
      String rid,
      String legacyId,
      String name,
      Kind kind,
      String type,
      String legacyType,
      String creationDate,
      List<Member> members) {

    boolean hasMember(String userId) {
      return members.stream().anyMatch(m -> m.userId().equals(userId));
    }
  }

  enum Kind {
    FREELANCER,
    AGENCY
  }

  /** A user's place in an organization; {@code owner} for the one who created it. */
  record Member(String userId, boolean owner, String since) {}

  /** A person who hires: the other side of contracts and message rooms. */
  record Client(
      String id,
      String nid,
      String rid,
      String firstName,
      String lastName,
      String organizationId,
      String organizationName,
      String country) {}

  /**
   * A contract between a seeded freelancer (working for {@code vendorOrganizationId}) and a client.
   * {@code rate} is the hourly rate for HOURLY, the total price for FIXED; {@code payments} are the
   * freelancer's earnings from it.
   */
  record Contract(
      String id,
      String title,
      String freelancerId,
      String vendorOrganizationId,
      String clientId,
      String kind,
      String status,
      String rate,
      @Nullable Integer weeklyHoursLimit,
      String startDate,
      @Nullable String endDate,
      List<Payment> payments) {

    /** Its freelancer sees it, and so does anyone acting in its vendor organization. */
    boolean isVisibleTo(SandboxCaller caller) {
      return freelancerId.equals(caller.user().id())
          || vendorOrganizationId.equals(caller.organization().id());
    }

    boolean isHourly() {
      return "HOURLY".equals(kind);
    }
  }

  record Payment(String date, String amount, String description) {}

  /** A message room of a contract, with the messages already in it. */
  record Room(String id, String roomName, String topic, String contractId, List<Story> stories) {}

  /** A message; {@code authorId} is a seeded user or client. */
  record Story(String id, String authorId, String message, String createdDateTime) {}

  record Content(
      List<User> users,
      List<Organization> organizations,
      List<Client> clients,
      List<Contract> contracts,
      List<Room> rooms) {}

  private final Map<String, User> users = new LinkedHashMap<>();
  private final Map<String, Organization> organizations = new LinkedHashMap<>();
  private final Map<String, Client> clients = new LinkedHashMap<>();
  private final Map<String, Contract> contracts = new LinkedHashMap<>();
  private final Map<String, Room> rooms = new LinkedHashMap<>();

  SandboxSeed(Content content) {
    content.users().forEach(u -> putUnique(users, u.id(), u, "user"));
    content.organizations().forEach(o -> putUnique(organizations, o.id(), o, "organization"));
    content.clients().forEach(c -> putUnique(clients, c.id(), c, "client"));
    content.contracts().forEach(c -> putUnique(contracts, c.id(), c, "contract"));
    content.rooms().forEach(r -> putUnique(rooms, r.id(), r, "room"));
    check();
  }

  static SandboxSeed load(JsonMapper json) {
    JsonMapper strict =
        json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
      return new SandboxSeed(strict.readValue(in, Content.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Upwork sandbox seed " + LOCATION, e);
    }
  }

  List<User> users() {
    return List.copyOf(users.values());
  }

  Optional<User> user(String id) {
    return Optional.ofNullable(users.get(id));
  }

  /** A user by the ciphertext of their freelancer profile. */
  Optional<User> userByProfileKey(String profileKey) {
    return users.values().stream().filter(u -> u.profileKey().equals(profileKey)).findFirst();
  }

  Optional<Client> client(String id) {
    return Optional.ofNullable(clients.get(id));
  }

  List<Contract> contracts() {
    return List.copyOf(contracts.values());
  }

  Optional<Contract> contract(String id) {
    return Optional.ofNullable(contracts.get(id));
  }

  List<Room> rooms() {
    return List.copyOf(rooms.values());
  }

  Optional<Room> room(String id) {
    return Optional.ofNullable(rooms.get(id));
  }

  Optional<Organization> organization(String id) {
    return Optional.ofNullable(organizations.get(id));
  }

  /**
   * The organizations a user belongs to, the personal one first, as Upwork's selector lists them.
   */
  List<Organization> organizationsOf(String userId) {
    return organizations.values().stream()
        .filter(o -> o.hasMember(userId))
        .sorted((a, b) -> Boolean.compare(a.kind() != Kind.FREELANCER, b.kind() != Kind.FREELANCER))
        .toList();
  }

  /** The organization Upwork uses when a request names none. */
  Organization personalOrganizationOf(String userId) {
    return organizationsOf(userId).getFirst();
  }

  private void check() {
    checkContractsAndRooms();
    for (User user : users.values()) {
      if (user.portfolio() == null || user.workHistory() == null) {
        throw new IllegalStateException(
            "Seed user " + user.id() + " needs a portfolio and a work history, even if empty");
      }
      long personal =
          organizationsOf(user.id()).stream().filter(o -> o.kind() == Kind.FREELANCER).count();
      if (personal != 1) {
        throw new IllegalStateException(
            "Seed user " + user.id() + " must have exactly one personal organization");
      }
    }
    for (Organization organization : organizations.values()) {
      Set<String> seen = new HashSet<>();
      for (Member member : organization.members()) {
        if (!users.containsKey(member.userId()) || !seen.add(member.userId())) {
          throw new IllegalStateException(
              "Organization " + organization.id() + " lists an unknown or repeated member");
        }
      }
    }
  }

  private void checkContractsAndRooms() {
    for (Contract contract : contracts.values()) {
      boolean vendorKnown =
          organization(contract.vendorOrganizationId())
              .filter(o -> o.hasMember(contract.freelancerId()))
              .isPresent();
      if (!vendorKnown || !clients.containsKey(contract.clientId())) {
        throw new IllegalStateException(
            "Contract "
                + contract.id()
                + " needs a client and a vendor organization of its freelancer");
      }
    }
    for (Room room : rooms.values()) {
      Contract contract = contracts.get(room.contractId());
      if (contract == null) {
        throw new IllegalStateException("Room " + room.id() + " names an unknown contract");
      }
      for (Story story : room.stories()) {
        if (!story.authorId().equals(contract.freelancerId())
            && !story.authorId().equals(contract.clientId())) {
          throw new IllegalStateException(
              "Story " + story.id() + " is by someone outside room " + room.id());
        }
      }
    }
  }

  private static <T> void putUnique(Map<String, T> map, String id, T value, String what) {
    if (map.putIfAbsent(id, value) != null) {
      throw new IllegalStateException("Seed " + what + " id " + id + " is not unique");
    }
  }
}
