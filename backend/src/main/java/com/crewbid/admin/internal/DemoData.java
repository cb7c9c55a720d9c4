package com.crewbid.admin.internal;

import com.crewbid.admin.AgencyRegistration;
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

/** The demo's agencies and owners, created on first start only; prints how to sign in. */
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

  private final AgencyRegistration registration;
  private final TenantCatalog catalog;
  private final String adminEmail;
  private final String adminPassword;

  DemoData(
      AgencyRegistration registration,
      TenantCatalog catalog,
      @Value("${crewbid.bootstrap.admin.email:}") String adminEmail,
      @Value("${crewbid.bootstrap.admin.password:}") String adminPassword) {
    this.registration = registration;
    this.catalog = catalog;
    this.adminEmail = adminEmail;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (AgencyRegistration.Request agency : AGENCIES) {
      if (!catalog.slugTaken(agency.slug())) {
        registration.register(agency);
      }
    }
    StringBuilder banner =
        new StringBuilder("\n\n  Crewbid demo is ready at http://localhost:8080\n");
    banner.append(String.format("    platform admin  %-28s %s%n", adminEmail, adminPassword));
    for (AgencyRegistration.Request agency : AGENCIES) {
      banner.append(
          String.format(
              "    %-15s %-28s %s%n", agency.name(), agency.ownerEmail(), agency.ownerPassword()));
    }
    log.info(banner.toString());
  }
}
