package com.crewbid.approvals.internal;

import com.crewbid.approvals.ApprovalRule;
import com.crewbid.approvals.RuleDraft;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rules as the database keeps them: JSON in the flat form of {@link RuleDraft}. */
@Component
public class RuleDocuments {

  private static final TypeReference<List<RuleDraft>> RULES = new TypeReference<>() {};

  private final JsonMapper json;

  RuleDocuments(JsonMapper json) {
    this.json = json;
  }

  public String write(List<ApprovalRule> rules) {
    return json.writeValueAsString(rules.stream().map(RuleDraft::of).toList());
  }

  public List<ApprovalRule> read(String rules) {
    return json.readValue(rules, RULES).stream().map(RuleDrafts::stored).toList();
  }

  /** The snapshot of one rule; null for none. */
  public String writeRule(ApprovalRule rule) {
    return rule == null ? null : json.writeValueAsString(RuleDraft.of(rule));
  }

  public ApprovalRule readRule(String rule) {
    return rule == null ? null : RuleDrafts.stored(json.readValue(rule, RuleDraft.class));
  }
}
