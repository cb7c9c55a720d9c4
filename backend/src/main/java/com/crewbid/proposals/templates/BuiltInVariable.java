package com.crewbid.proposals.templates;

import java.util.Arrays;
import java.util.List;

/** The variables every template may use, filled from the job and the member's profile. */
public enum BuiltInVariable {
  CLIENT_NAME("client_name"),
  JOB_TITLE("job_title"),
  SKILLS("skills"),
  MEMBER_NAME("member_name"),
  PORTFOLIO("portfolio");

  private final String key;

  BuiltInVariable(String key) {
    this.key = key;
  }

  /** The name as written in a template: {@code {{client_name}}}. */
  public String key() {
    return key;
  }

  public static boolean isBuiltIn(String key) {
    return Arrays.stream(values()).anyMatch(v -> v.key.equals(key));
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(BuiltInVariable::key).toList();
  }
}
