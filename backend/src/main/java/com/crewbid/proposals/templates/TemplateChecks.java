package com.crewbid.proposals.templates;

import com.crewbid.proposals.ScreeningAnswer;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The strict check at save time: a body and its answers must be valid Mustache and use only the
 * built-in variables and the agency's custom ones.
 */
final class TemplateChecks {

  private TemplateChecks() {}

  /**
   * The names the content uses, in order of first use.
   *
   * @throws ProblemException template-invalid (400) naming each bad variable and where it is
   */
  static List<String> variablesOf(TemplateContent content, Set<String> known) {
    List<TemplateBody.Problem> problems = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    check(content.body(), "body", known, problems, used);
    List<ScreeningAnswer> answers = content.screeningAnswers();
    for (int i = 0; i < answers.size(); i++) {
      check(answers.get(i).answer(), "screeningAnswers[" + i + "].answer", known, problems, used);
    }
    if (!problems.isEmpty()) {
      throw invalid(problems, known);
    }
    return List.copyOf(used);
  }

  /** The problem the API answers for an invalid template text. */
  static ProblemException invalid(List<TemplateBody.Problem> problems, Set<String> known) {
    String detail =
        problems.size() == 1
            ? problems.get(0).message()
            : problems.size() + " problems in the template: " + problems.get(0).message();
    boolean unknownVariable = problems.stream().anyMatch(p -> p.variable() != null);
    if (unknownVariable) {
      detail += " Known variables: " + String.join(", ", known.stream().sorted().toList()) + ".";
    }
    return new ProblemException(
            ProblemType.TEMPLATE_INVALID,
            detail,
            problems.stream()
                .map(p -> new ProblemException.FieldProblem(p.field(), p.message()))
                .toList())
        .with("problems", problems);
  }

  private static void check(
      String text,
      String field,
      Set<String> known,
      List<TemplateBody.Problem> problems,
      Set<String> used) {
    try {
      TemplateBody body = TemplateBody.parse(text, field);
      problems.addAll(body.unknownVariables(known, field));
      used.addAll(body.variables());
    } catch (TemplateBody.InvalidTemplateException e) {
      problems.addAll(e.problems());
    }
  }
}
