package com.crewbid.proposals;

import java.util.List;
import java.util.Map;

/**
 * The values a template is rendered with: the job's title and client, the member's name, skills and
 * portfolio, and custom variables (which override the agency-wide values of the same keys). Any of
 * them may be null or blank: rendering then shows a placeholder and reports it missing.
 */
public record TemplateContext(
    String jobTitle,
    String clientName,
    List<String> skills,
    String memberName,
    String portfolio,
    Map<String, String> customVariables) {

  public TemplateContext {
    skills = skills == null ? List.of() : skills.stream().filter(s -> s != null).toList();
    customVariables = customVariables == null ? Map.of() : Map.copyOf(customVariables);
  }

  public static TemplateContext empty() {
    return new TemplateContext(null, null, List.of(), null, null, Map.of());
  }

  /** This context, with every blank field taken from {@code fallback}. */
  public TemplateContext orElse(TemplateContext fallback) {
    Map<String, String> custom = new java.util.HashMap<>(fallback.customVariables);
    customVariables.forEach(
        (key, value) -> {
          if (value != null && !value.isBlank()) {
            custom.put(key, value);
          }
        });
    return new TemplateContext(
        pick(jobTitle, fallback.jobTitle),
        pick(clientName, fallback.clientName),
        skills.isEmpty() ? fallback.skills : skills,
        pick(memberName, fallback.memberName),
        pick(portfolio, fallback.portfolio),
        custom);
  }

  private static String pick(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
