package com.crewbid.admin.web;

import com.crewbid.admin.AgencyRegistration;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

record RegisterAgencyRequest(
    @NotBlank(message = "Enter the agency's name.")
        @Size(max = 200, message = "At most 200 characters.")
        String name,
    @NotBlank(message = "Enter the agency's address.")
        @Pattern(
            regexp = "^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$",
            message = "3 to 63 lower-case letters, digits and dashes; no dash at either end.")
        String slug,
    @NotBlank(message = "Enter the owner's e-mail.")
        @Email(message = "Enter a valid e-mail address.")
        @Size(max = 320, message = "At most 320 characters.")
        String ownerEmail,
    @NotBlank(message = "Enter the owner's name.")
        @Size(max = 200, message = "At most 200 characters.")
        String ownerName,
    @Size(min = 12, max = 128, message = "Use 12 to 128 characters.") String ownerPassword) {

  @AssertTrue(message = "The password must not be the e-mail address.")
  boolean isOwnerPassword() {
    return ownerPassword == null
        || ownerEmail == null
        || !ownerPassword.trim().equalsIgnoreCase(ownerEmail.trim());
  }

  AgencyRegistration.Request toRequest() {
    return new AgencyRegistration.Request(
        name.trim(),
        slug,
        ownerEmail.trim().toLowerCase(Locale.ROOT),
        ownerName.trim(),
        ownerPassword == null || ownerPassword.isEmpty() ? null : ownerPassword,
        null,
        null);
  }
}
