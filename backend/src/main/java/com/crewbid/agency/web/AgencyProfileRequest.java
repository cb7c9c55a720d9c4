package com.crewbid.agency.web;

import com.crewbid.agency.AgencyProfileChange;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Currency;

record AgencyProfileRequest(
    @NotBlank(message = "Enter the agency's name.")
        @Size(max = 200, message = "At most 200 characters.")
        String name,
    @NotBlank(message = "Choose a time zone.") String timezone,
    @NotBlank(message = "Choose a currency.")
        @Pattern(regexp = "[A-Z]{3}", message = "Use a three-letter ISO 4217 code, such as USD.")
        String defaultCurrency,
    @Size(max = 2048, message = "At most 2048 characters.")
        @Pattern(
            regexp = "^https?://[^\\s]+$",
            message = "Enter a web address starting with https:// or http://.")
        String website,
    @Size(max = 2048, message = "At most 2048 characters.")
        @Pattern(
            regexp = "^https://[^\\s]+$",
            message = "Enter an image address starting with https://.")
        String logoUrl) {

  @AssertTrue(message = "Unknown time zone; use an IANA name such as Europe/Kyiv.")
  boolean isTimezone() {
    return timezone == null
        || timezone.isBlank()
        || ZoneId.getAvailableZoneIds().contains(timezone);
  }

  @AssertTrue(message = "Unknown currency code.")
  boolean isDefaultCurrency() {
    if (defaultCurrency == null || !defaultCurrency.matches("[A-Z]{3}")) {
      return true;
    }
    try {
      Currency.getInstance(defaultCurrency);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  AgencyProfileChange toChange() {
    return new AgencyProfileChange(
        name.trim(), timezone, defaultCurrency, blankToNull(website), blankToNull(logoUrl));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
