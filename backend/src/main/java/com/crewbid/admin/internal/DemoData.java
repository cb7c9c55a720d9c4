package com.crewbid.admin.internal;

import com.crewbid.admin.AgencyRegistration;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.UserAccounts;
import com.crewbid.tenancy.TenantCatalog;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's agencies, their owners and one freelancer each, created on first start only; prints
 * how to sign in. The freelancer links an Upwork account (the sandbox's consent page) under “My
 * Upwork account” before drafting; the owner approves what the freelancer submits.
 */
@Component
@Profile("demo")
@Order(20)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  static final List<AgencyRegistration.Request> AGENCIES =
      List.of(
          new AgencyRegistration.Request(
              "Northwind Studio",
              "northwind",
              "owner@northwind.example",
              "Olena Koval",
              "northwind-demo-pass",
              "Europe/Kyiv",
              "USD"),
          new AgencyRegistration.Request(
              "Bluefin Labs",
              "bluefin",
              "owner@bluefin.example",
              "Marcus Reed",
              "bluefin-demo-pass",
              "America/New_York",
              "USD"));

  /** A freelancer of each demo agency, in the order of {@link #AGENCIES}. */
  record DemoMember(String email, String name, String password) {}

  static final List<DemoMember> FREELANCERS =
      List.of(
          new DemoMember(
              "freelancer@northwind.example", "Priya Raman", "northwind-freelancer-pass"),
          new DemoMember("freelancer@bluefin.example", "Jonas Becker", "bluefin-freelancer-pass"));

  private final AgencyRegistration registration;
  private final UserAccounts accounts;
  private final TenantCatalog catalog;
  private final String adminEmail;
  private final String adminPassword;

  DemoData(
      AgencyRegistration registration,
      UserAccounts accounts,
      TenantCatalog catalog,
      @Value("${crewbid.bootstrap.admin.email:}") String adminEmail,
      @Value("${crewbid.bootstrap.admin.password:}") String adminPassword) {
    this.registration = registration;
    this.accounts = accounts;
    this.catalog = catalog;
    this.adminEmail = adminEmail;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (int i = 0; i < AGENCIES.size(); i++) {
      AgencyRegistration.Request agency = AGENCIES.get(i);
      if (!catalog.slugTaken(agency.slug())) {
        AgencyRegistration.Registered registered = registration.register(agency);
        DemoMember freelancer = FREELANCERS.get(i);
        if (!accounts.emailTaken(freelancer.email())) {
          accounts.createMember(
              registered.tenant().id(),
              freelancer.email(),
              freelancer.name(),
              freelancer.password(),
              AgencyRole.FREELANCER);
        }
      }
    }
    StringBuilder banner =
        new StringBuilder("\n\n  Crewbid demo is ready at http://localhost:8080\n");
    banner.append(String.format("    platform admin  %-28s %s%n", adminEmail, adminPassword));
    for (int i = 0; i < AGENCIES.size(); i++) {
      AgencyRegistration.Request agency = AGENCIES.get(i);
      DemoMember freelancer = FREELANCERS.get(i);
      banner.append(
          String.format(
              "    %-15s %-28s %s%n", agency.name(), agency.ownerEmail(), agency.ownerPassword()));
      banner.append(
          String.format(
              "    %-15s %-28s %s%n", "  freelancer", freelancer.email(), freelancer.password()));
    }
    log.info(banner.toString());
  }
}
