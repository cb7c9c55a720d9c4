package com.crewbid.support;

import com.crewbid.admin.AgencyRegistration;
import com.crewbid.shared.TenantId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Registers agencies with unique names for tests, through the same use case the admin API uses. */
@Component
public class TestAgencies {

  public record Agency(
      TenantId id, String slug, String name, String ownerEmail, String ownerPassword) {}

  private final AgencyRegistration registration;

  TestAgencies(AgencyRegistration registration) {
    this.registration = registration;
  }

  public Agency register(String label) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String slug = label + "-" + suffix;
    String email = "owner-" + suffix + "@" + label + ".test";
    // Not containing any part of the e-mail address, which the password policy refuses.
    String password = "pw-" + UUID.randomUUID().toString().substring(0, 8) + "-long-enough";
    String name = "Agency " + label + " " + suffix;
    var registered =
        registration.register(
            new AgencyRegistration.Request(
                name, slug, email, "Owner " + suffix, password, "UTC", "USD"));
    return new Agency(registered.tenant().id(), slug, name, email, password);
  }
}
