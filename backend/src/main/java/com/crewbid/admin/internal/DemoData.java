package com.crewbid.admin.internal;

import com.crewbid.admin.AgencyRegistration;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.UserAccounts;
import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's agencies, each with its owner, a manager and a freelancer; prints how to sign in. Runs
 * at every start and creates only what is missing, each agency (with its owner) and each person on
 * their own (the owner of an existing agency too), so a demo database from an older version gains
 * the people added since. The freelancer links an Upwork account (the sandbox's consent page) under
 * “My Upwork account” before drafting; the owner or the manager approves what the freelancer
 * submits.
 */
@Component
@Profile("demo")
@Order(20)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /** A seeded member of a demo agency besides its owner. */
  record DemoMember(String email, String name, String password, AgencyRole role) {}

  /** A demo agency: its registration (which creates the owner) and its other members. */
  record DemoAgency(AgencyRegistration.Request registration, List<DemoMember> members) {}

  static final List<DemoAgency> AGENCIES =
      List.of(
          new DemoAgency(
              new AgencyRegistration.Request(
                  "Northwind Studio",
                  "northwind",
                  "owner@northwind.example",
                  "Olena Koval",
                  "northwind-demo-pass",
                  "Europe/Kyiv",
                  "USD"),
              List.of(
                  new DemoMember(
                      "manager@northwind.example",
                      "Taras Melnyk",
                      "northwind-manager-pass",
                      AgencyRole.MANAGER),
                  new DemoMember(
                      "freelancer@northwind.example",
                      "Priya Raman",
                      "northwind-freelancer-pass",
                      AgencyRole.FREELANCER))),
          new DemoAgency(
              new AgencyRegistration.Request(
                  "Bluefin Labs",
                  "bluefin",
                  "owner@bluefin.example",
                  "Marcus Reed",
                  "bluefin-demo-pass",
                  "America/New_York",
                  "USD"),
              List.of(
                  new DemoMember(
                      "manager@bluefin.example",
                      "Grace Holloway",
                      "bluefin-manager-pass",
                      AgencyRole.MANAGER),
                  new DemoMember(
                      "freelancer@bluefin.example",
                      "Jonas Becker",
                      "bluefin-freelancer-pass",
                      AgencyRole.FREELANCER))));

  private final List<DemoAgency> agencies;
  private final AgencyRegistration registration;
  private final UserAccounts accounts;
  private final TenantCatalog catalog;
  private final String adminEmail;
  private final String adminPassword;

  @Autowired
  DemoData(
      AgencyRegistration registration,
      UserAccounts accounts,
      TenantCatalog catalog,
      @Value("${crewbid.bootstrap.admin.email:}") String adminEmail,
      @Value("${crewbid.bootstrap.admin.password:}") String adminPassword) {
    this(AGENCIES, registration, accounts, catalog, adminEmail, adminPassword);
  }

  /** With other agencies than the demo's (tests of the seeding). */
  DemoData(
      List<DemoAgency> agencies,
      AgencyRegistration registration,
      UserAccounts accounts,
      TenantCatalog catalog,
      String adminEmail,
      String adminPassword) {
    this.agencies = List.copyOf(agencies);
    this.registration = registration;
    this.accounts = accounts;
    this.catalog = catalog;
    this.adminEmail = adminEmail;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    seed();
    StringBuilder banner =
        new StringBuilder("\n\n  Crewbid demo is ready at http://localhost:8080\n");
    banner.append(String.format("    platform admin  %-28s %s%n", adminEmail, adminPassword));
    for (DemoAgency agency : agencies) {
      AgencyRegistration.Request owner = agency.registration();
      banner.append(
          String.format(
              "    %-15s %-28s %s%n", owner.name(), owner.ownerEmail(), owner.ownerPassword()));
      for (DemoMember member : agency.members()) {
        banner.append(
            String.format(
                "    %-15s %-28s %s%n",
                "  " + member.role().name().toLowerCase(), member.email(), member.password()));
      }
    }
    log.info(banner.toString());
  }

  /**
   * Creates each demo agency (with its owner) and each seeded person that does not exist yet: an
   * existing agency whose owner's account is missing gets it back, as an owner.
   */
  void seed() {
    for (DemoAgency agency : agencies) {
      AgencyRegistration.Request owner = agency.registration();
      Optional<TenantId> existing = catalog.findBySlug(owner.slug()).map(TenantSummary::id);
      TenantId tenant =
          existing.orElseGet(() -> registration.register(agency.registration()).tenant().id());
      List<DemoMember> people = new ArrayList<>();
      if (existing.isPresent()) {
        people.add(
            new DemoMember(
                owner.ownerEmail(), owner.ownerName(), owner.ownerPassword(), AgencyRole.OWNER));
      }
      people.addAll(agency.members());
      for (DemoMember member : people) {
        if (!accounts.emailTaken(member.email())) {
          accounts.createMember(
              tenant, member.email(), member.name(), member.password(), member.role());
          log.info("Demo data: added {} {}", member.role().name().toLowerCase(), member.email());
        }
      }
    }
  }
}
