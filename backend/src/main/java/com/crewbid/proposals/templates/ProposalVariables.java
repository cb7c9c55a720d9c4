package com.crewbid.proposals.templates;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's custom template variables ({@code {{key}}} → value), managed by owners and managers.
 * A key is lower-case letters, digits and underscores, starts with a letter, and never shadows a
 * built-in variable; a variable that a template's current version uses cannot be deleted.
 */
@Service
public class ProposalVariables {

  public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,39}");

  private final ProposalVariableRecords variables;
  private final TemplateRecords templates;
  private final AuditLog audit;
  private final Clock clock;

  ProposalVariables(
      ProposalVariableRecords variables, TemplateRecords templates, AuditLog audit, Clock clock) {
    this.variables = variables;
    this.templates = templates;
    this.audit = audit;
    this.clock = clock;
  }

  /** A custom variable as the API shows it; {@code version} is its ETag. */
  public record Variable(
      String key,
      String value,
      String description,
      Instant updatedAt,
      long version,
      List<String> usedBy) {}

  @Transactional(readOnly = true)
  public List<Variable> list() {
    return variables.findAllByOrderByKeyAsc().stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public Variable get(String key) {
    return view(load(key));
  }

  /** The values of all custom variables, by key. */
  @Transactional(readOnly = true)
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    variables.findAllByOrderByKeyAsc().forEach(v -> values.put(v.key(), v.value()));
    return values;
  }

  /** The names a template may use: the built-ins and the agency's custom variables. */
  @Transactional(readOnly = true)
  public Set<String> knownKeys() {
    Set<String> keys = new LinkedHashSet<>(BuiltInVariable.keys());
    variables.findAllByOrderByKeyAsc().forEach(v -> keys.add(v.key()));
    return keys;
  }

  @Transactional
  public Variable create(String key, String value, String description) {
    checkKey(key);
    if (variables.findById(key).isPresent()) {
      throw ProblemException.fieldConflict("key", "A variable {{" + key + "}} exists already.");
    }
    ProposalVariableRecord variable =
        variables.saveAndFlush(
            ProposalVariableRecord.create(key, value, blankToNull(description), actor(), now()));
    audit.record("template.variable.created", key, AuditOutcome.SUCCESS, Map.of("key", key));
    return view(variable);
  }

  @Transactional
  public Variable update(String key, long expectedVersion, String value, String description) {
    ProposalVariableRecord variable = load(key);
    if (variable.version() != expectedVersion) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "Someone else changed {{" + key + "}} in the meantime. Reload and try again.");
    }
    boolean valueChanged = !variable.value().equals(value);
    variable.change(value, blankToNull(description), actor(), now());
    ProposalVariableRecord saved = variables.saveAndFlush(variable);
    audit.record(
        "template.variable.updated",
        key,
        AuditOutcome.SUCCESS,
        Map.of("key", key, "valueChanged", valueChanged));
    return view(saved);
  }

  @Transactional
  public void delete(String key) {
    ProposalVariableRecord variable = load(key);
    List<String> usedBy = templates.namesUsingVariable(key);
    if (!usedBy.isEmpty()) {
      throw ProblemException.conflict(
          "{{"
              + key
              + "}} is used by "
              + String.join(", ", usedBy)
              + ". Remove it from those templates first.");
    }
    variables.delete(variable);
    audit.record("template.variable.deleted", key, AuditOutcome.SUCCESS, Map.of("key", key));
  }

  private static void checkKey(String key) {
    if (BuiltInVariable.isBuiltIn(key)) {
      throw new ProblemException(
          ProblemType.VALIDATION,
          "{{" + key + "}} is a built-in variable.",
          List.of(
              new ProblemException.FieldProblem(
                  "key", "{{" + key + "}} is built in; choose another name.")));
    }
  }

  private ProposalVariableRecord load(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw ProblemException.notFound("The variable");
    }
    return variables.findById(key).orElseThrow(() -> ProblemException.notFound("The variable"));
  }

  private Variable view(ProposalVariableRecord v) {
    return new Variable(
        v.key(),
        v.value(),
        v.description(),
        v.updatedAt(),
        v.version(),
        templates.namesUsingVariable(v.key()));
  }

  private Instant now() {
    return clock.instant();
  }

  private static UUID actor() {
    return CurrentMember.find().map(m -> m.userId().value()).orElse(null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
