package com.crewbid.proposals.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.proposals.ScreeningAnswer;
import com.crewbid.proposals.TemplateContext;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateBodyTest {

  static final Set<String> KNOWN =
      Set.of("client_name", "job_title", "skills", "member_name", "portfolio", "agency_website");

  static final TemplateContext FULL =
      new TemplateContext(
          "React dashboard",
          "Acme Corp",
          List.of("React", "TypeScript"),
          "Olena Koval",
          "https://olena.example/work",
          Map.of());

  static String render(String body, TemplateContext context, Map<String, String> custom) {
    return TemplateBody.parse(body, "body").render(TemplateRenderer.values(context, custom)).text();
  }

  @Test
  void whenEachBuiltInVariableHasAValueThenItIsFilledIn() {
    assertThat(render("Hi {{client_name}},", FULL, Map.of())).isEqualTo("Hi Acme Corp,");
    assertThat(render("Re: {{job_title}}", FULL, Map.of())).isEqualTo("Re: React dashboard");
    assertThat(render("I know {{skills}}.", FULL, Map.of())).isEqualTo("I know React, TypeScript.");
    assertThat(render("— {{member_name}}", FULL, Map.of())).isEqualTo("— Olena Koval");
    assertThat(render("See {{portfolio}}", FULL, Map.of()))
        .isEqualTo("See https://olena.example/work");
  }

  @Test
  void whenACustomVariableIsUsedThenTheAgencyValueIsFilledInAndTheContextOverridesIt() {
    Map<String, String> agency = Map.of("agency_website", "https://northwind.example");

    assertThat(render("{{agency_website}}", FULL, agency)).isEqualTo("https://northwind.example");
    TemplateContext override =
        new TemplateContext(
            null, null, List.of(), null, null, Map.of("agency_website", "https://promo.example"));
    assertThat(render("{{ agency_website }}", override, agency)).isEqualTo("https://promo.example");
  }

  @Test
  void whenValuesAreMissingThenPlaceholdersShowAndTheNamesAreReportedOnceInOrder() {
    TemplateContext partial =
        new TemplateContext("React dashboard", " ", List.of(), null, null, Map.of());

    TemplateBody.Rendered rendered =
        TemplateBody.parse(
                "Hi {{client_name}}, about {{job_title}}: {{skills}}. {{client_name}} — {{member_name}}",
                "body")
            .render(TemplateRenderer.values(partial, Map.of()));

    assertThat(rendered.text())
        .isEqualTo(
            "Hi [client name], about React dashboard: [skills]. [client name] — [member name]");
    assertThat(rendered.missing()).containsExactly("client_name", "skills", "member_name");
  }

  @Test
  void whenASectionGuardsAMissingValueThenItIsLeftOutAndNotReported() {
    TemplateBody.Rendered rendered =
        TemplateBody.parse(
                "Hello.{{#portfolio}} Work: {{portfolio}}{{/portfolio}}{{^portfolio}} Ask me for"
                    + " samples.{{/portfolio}}",
                "body")
            .render(TemplateRenderer.values(TemplateContext.empty(), Map.of()));

    assertThat(rendered.text()).isEqualTo("Hello. Ask me for samples.");
    assertThat(rendered.missing()).isEmpty();
  }

  @Test
  void whenValuesContainMarkupThenNothingIsEscaped() {
    TemplateContext markup =
        new TemplateContext(
            "C++ & <Rust> \"fast\"", "O'Brien & Sons", List.of(), null, null, Map.of());

    assertThat(render("{{job_title}} for {{client_name}} <3", markup, Map.of()))
        .isEqualTo("C++ & <Rust> \"fast\" for O'Brien & Sons <3");
  }

  @Test
  void whenAValueLooksLikeATagThenItIsInsertedLiterally() {
    TemplateContext tricky =
        new TemplateContext(
            "{{member_name}}", "\u0000client_name\u0000", List.of(), "X", null, Map.of());

    TemplateBody.Rendered rendered =
        TemplateBody.parse("{{job_title}} / {{client_name}}", "body")
            .render(TemplateRenderer.values(tricky, Map.of()));

    assertThat(rendered.text()).isEqualTo("{{member_name}} /  client_name ");
    assertThat(rendered.missing()).isEmpty();
  }

  @Test
  void whenABodyUsesUnknownVariablesThenEachIsNamedWithItsLineAndColumn() {
    TemplateBody body =
        TemplateBody.parse(
            "Hi {{client_name}},\n  I am {{ membr_name }}.\n{{#budget}}x{{/budget}}", "body");

    List<TemplateBody.Problem> problems = body.unknownVariables(KNOWN, "body");

    assertThat(problems)
        .extracting(
            TemplateBody.Problem::variable,
            TemplateBody.Problem::line,
            TemplateBody.Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("membr_name", 2, 8),
            org.assertj.core.groups.Tuple.tuple("budget", 3, 1));
    assertThat(problems.get(0).message())
        .isEqualTo("Unknown variable {{membr_name}} at line 2, column 8.");
  }

  @Test
  void whenContentUsesAnUnknownVariableThenTheSaveCheckRefusesItAsATemplateProblem() {
    TemplateContent content =
        new TemplateContent(
            "Hi {{client_name}}", List.of(new ScreeningAnswer("Rate?", "See {{rate_card}}")));

    assertThatThrownBy(() -> TemplateChecks.variablesOf(content, KNOWN))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.TEMPLATE_INVALID);
              assertThat(e.errors())
                  .extracting(ProblemException.FieldProblem::field)
                  .containsExactly("screeningAnswers[0].answer");
              assertThat(e.getMessage()).contains("{{rate_card}}", "line 1, column 5");
              assertThat(e.properties()).containsKey("problems");
            });
  }

  @Test
  void whenContentUsesOnlyKnownVariablesThenTheCheckListsThemInOrder() {
    TemplateContent content =
        new TemplateContent(
            "{{job_title}} for {{client_name}} {{#portfolio}}{{portfolio}}{{/portfolio}}",
            List.of(new ScreeningAnswer("Site?", "{{agency_website}}")));

    assertThat(TemplateChecks.variablesOf(content, KNOWN))
        .containsExactly("job_title", "client_name", "portfolio", "agency_website");
  }

  @Test
  void whenTheSyntaxIsBrokenThenTheProblemSaysWhereAndWhat() {
    assertThatThrownBy(() -> TemplateBody.parse("Hi\n{{#portfolio}} x {{/skills}}", "body"))
        .isInstanceOfSatisfying(
            TemplateBody.InvalidTemplateException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).line()).isEqualTo(2);
              assertThat(e.problems().get(0).message()).contains("not valid");
            });
  }

  @Test
  void whenATemplateIncludesAPartialThenItIsRefused() {
    assertThatThrownBy(() -> TemplateBody.parse("Hi\n{{> signature}}", "body"))
        .isInstanceOfSatisfying(
            TemplateBody.InvalidTemplateException.class,
            e -> {
              assertThat(e.problems().get(0).line()).isEqualTo(2);
              assertThat(e.problems().get(0).message()).contains("not supported");
            });
  }

  @Test
  void placeholdersSpellTheNameInWords() {
    assertThat(TemplateBody.placeholder("client_name")).isEqualTo("[client name]");
  }
}
