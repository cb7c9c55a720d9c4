package com.crewbid.agency;

/** New values for an agency's profile, already validated at the edge. */
public record AgencyProfileChange(
    String name, String timezone, String defaultCurrency, String website, String logoUrl) {}
