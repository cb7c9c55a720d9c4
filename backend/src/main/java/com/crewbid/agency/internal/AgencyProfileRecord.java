package com.crewbid.agency.internal;

import com.crewbid.agency.AgencyProfile;
import com.crewbid.agency.AgencyProfileChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The single profile row of an agency's schema. */
@Entity
@Table(name = "agency_profile")
public class AgencyProfileRecord {

  @Id private UUID id;
  private String name;
  private String timezone;

  @Column(name = "default_currency")
  private String defaultCurrency;

  private String website;

  @Column(name = "logo_url")
  private String logoUrl;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected AgencyProfileRecord() {}

  public static AgencyProfileRecord create(UUID id, String name, String timezone, String currency) {
    AgencyProfileRecord profile = new AgencyProfileRecord();
    profile.id = id;
    profile.name = name;
    profile.timezone = timezone;
    profile.defaultCurrency = currency;
    profile.updatedAt = Instant.now();
    return profile;
  }

  /** Applies a change and returns what it changed, field by field, as {@code {from, to}}. */
  public Map<String, Object> apply(AgencyProfileChange change) {
    Map<String, Object> changed = new LinkedHashMap<>();
    name = track(changed, "name", name, change.name());
    timezone = track(changed, "timezone", timezone, change.timezone());
    defaultCurrency = track(changed, "defaultCurrency", defaultCurrency, change.defaultCurrency());
    website = track(changed, "website", website, change.website());
    logoUrl = track(changed, "logoUrl", logoUrl, change.logoUrl());
    if (!changed.isEmpty()) {
      updatedAt = Instant.now();
    }
    return changed;
  }

  private static String track(Map<String, Object> changed, String field, String from, String to) {
    if (!Objects.equals(from, to)) {
      Map<String, Object> diff = new LinkedHashMap<>();
      diff.put("from", from);
      diff.put("to", to);
      changed.put(field, diff);
    }
    return to;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public AgencyProfile toView(String slug) {
    return new AgencyProfile(
        id, slug, name, timezone, defaultCurrency, website, logoUrl, version, updatedAt);
  }
}
