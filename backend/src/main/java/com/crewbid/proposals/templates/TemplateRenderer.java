package com.crewbid.proposals.templates;

import com.crewbid.proposals.ScreeningAnswer;
import com.crewbid.proposals.TemplateContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fills a template's body and answers from a context and the agency's custom variables. */
@Component
public class TemplateRenderer {

  private final ProposalVariables variables;

  TemplateRenderer(ProposalVariables variables) {
    this.variables = variables;
  }

  /** The rendered body, the rendered answers, and the names that had no value. */
  public record Result(String text, List<ScreeningAnswer> screeningAnswers, List<String> missing) {}

  @Transactional(readOnly = true)
  public Result render(TemplateContent content, TemplateContext context) {
    Map<String, String> values = values(context, variables.values());
    Set<String> missing = new LinkedHashSet<>();
    TemplateBody.Rendered body = TemplateBody.parse(content.body(), "body").render(values);
    missing.addAll(body.missing());
    List<ScreeningAnswer> answers = new ArrayList<>();
    List<ScreeningAnswer> defaults = content.screeningAnswers();
    for (int i = 0; i < defaults.size(); i++) {
      ScreeningAnswer answer = defaults.get(i);
      TemplateBody.Rendered rendered =
          TemplateBody.parse(answer.answer(), "screeningAnswers[" + i + "].answer").render(values);
      missing.addAll(rendered.missing());
      answers.add(new ScreeningAnswer(answer.questionPattern(), rendered.text()));
    }
    return new Result(body.text(), answers, List.copyOf(missing));
  }

  /** The values by variable name: built-ins from the context over the custom ones. */
  static Map<String, String> values(TemplateContext context, Map<String, String> agencyValues) {
    Map<String, String> values = new HashMap<>(agencyValues);
    values.putAll(context.customVariables());
    values.put(BuiltInVariable.CLIENT_NAME.key(), context.clientName());
    values.put(BuiltInVariable.JOB_TITLE.key(), context.jobTitle());
    values.put(
        BuiltInVariable.SKILLS.key(),
        context.skills().isEmpty() ? null : String.join(", ", context.skills()));
    values.put(BuiltInVariable.MEMBER_NAME.key(), context.memberName());
    values.put(BuiltInVariable.PORTFOLIO.key(), context.portfolio());
    return values;
  }
}
