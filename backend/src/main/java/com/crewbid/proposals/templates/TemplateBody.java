package com.crewbid.proposals.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template text in Mustache syntax, compiled by jmustache in plain-text mode: values are inserted
 * as they are (cover letters are plain text, never HTML). Saving is strict (every variable must be
 * known, see {@link #unknownVariables}); rendering is lenient only for values that are missing,
 * which show as a visible placeholder such as {@code [client name]} and are reported.
 */
public final class TemplateBody {

  /** Marks where a missing value was rendered; stripped from values, so it cannot be forged. */
  private static final char MARK = '\u0000';

  private static final Mustache.Compiler COMPILER =
      Mustache.compiler().escapeHTML(false).defaultValue(MARK + "{{name}}" + MARK);

  private static final Pattern MISSING = Pattern.compile(MARK + "([^" + MARK + "]*)" + MARK);
  private static final Pattern PARSE_LINE = Pattern.compile("@ line (\\d+)");

  private final String source;
  private final Template template;
  private final List<String> variables;

  private TemplateBody(String source, Template template, List<String> variables) {
    this.source = source;
    this.template = template;
    this.variables = variables;
  }

  /**
   * Compiles a template text.
   *
   * @param field what the text is in the request (for the problem), e.g. {@code body}
   * @throws InvalidTemplateException when it is not valid Mustache or uses partials or blocks
   */
  public static TemplateBody parse(String source, String field) {
    Template template;
    try {
      template = COMPILER.compile(source);
    } catch (MustacheException e) {
      Matcher line = PARSE_LINE.matcher(String.valueOf(e.getMessage()));
      Integer lineNo = line.find() ? Integer.valueOf(line.group(1)) : null;
      throw new InvalidTemplateException(
          List.of(
              new Problem(
                  field,
                  null,
                  lineNo,
                  null,
                  "The template is not valid: " + e.getMessage().replace(MARK, ' ') + ".")));
    }
    Names names = new Names();
    template.visit(names);
    if (!names.unsupported.isEmpty()) {
      throw new InvalidTemplateException(
          names.unsupported.stream()
              .map(
                  tag -> {
                    int[] at =
                        locate(
                            source,
                            "\\{\\{"
                                + Pattern.quote(tag.substring(2, 3))
                                + "\\s*"
                                + Pattern.quote(tag.substring(3, tag.length() - 2))
                                + "\\s*}}");
                    return new Problem(
                        field,
                        null,
                        at == null ? null : at[0],
                        at == null ? null : at[1],
                        "Partials and blocks ({{> …}}, {{< …}}, {{$ …}}) are not supported: "
                            + tag
                            + positionText(at)
                            + ".");
                  })
              .toList());
    }
    return new TemplateBody(source, template, List.copyOf(names.found));
  }

  /** The names the text uses, as variables or sections, in order of first use. */
  public List<String> variables() {
    return variables;
  }

  /** One problem for each name that is not known, with where it first appears. */
  public List<Problem> unknownVariables(Set<String> known, String field) {
    List<Problem> problems = new ArrayList<>();
    for (String name : variables) {
      if (!known.contains(name)) {
        int[] at = locate(source, "\\{\\{[{&#^/]?\\s*" + Pattern.quote(name) + "\\s*}?}}");
        problems.add(
            new Problem(
                field,
                name,
                at == null ? null : at[0],
                at == null ? null : at[1],
                "Unknown variable {{" + name + "}}" + positionText(at) + "."));
      }
    }
    return problems;
  }

  /**
   * Renders with the given values. A name without a value (absent or blank) renders as {@code [its
   * name]} and is reported as missing; a section over it is left out.
   */
  public Rendered render(Map<String, String> values) {
    Map<String, String> present = new java.util.HashMap<>();
    values.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            present.put(name, value.replace(MARK, ' '));
          }
        });
    String raw = template.execute(present);
    Set<String> missing = new LinkedHashSet<>();
    Matcher marks = MISSING.matcher(raw);
    StringBuilder text = new StringBuilder();
    while (marks.find()) {
      missing.add(marks.group(1));
      marks.appendReplacement(text, Matcher.quoteReplacement(placeholder(marks.group(1))));
    }
    marks.appendTail(text);
    return new Rendered(text.toString(), List.copyOf(missing));
  }

  /** What a missing value shows as: {@code client_name} → {@code [client name]}. */
  public static String placeholder(String name) {
    return "[" + name.replace('_', ' ') + "]";
  }

  private static int[] locate(String source, String regex) {
    Matcher m = Pattern.compile(regex).matcher(source);
    if (!m.find()) {
      return null;
    }
    int index = m.start();
    int lineStart = source.lastIndexOf('\n', index - 1) + 1;
    int line = (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    return new int[] {line, index - lineStart + 1};
  }

  private static String positionText(int[] at) {
    return at == null ? "" : " at line " + at[0] + ", column " + at[1];
  }

  /** The result of rendering: the text and the names that had no value. */
  public record Rendered(String text, List<String> missing) {}

  /** What is wrong with a template text, and where (1-based line and column, when known). */
  public record Problem(
      String field, String variable, Integer line, Integer column, String message) {}

  /** A template text that cannot be saved. */
  public static final class InvalidTemplateException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidTemplateException(List<Problem> problems) {
      super(problems.isEmpty() ? "invalid template" : problems.get(0).message());
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  /** Collects the names a template uses (also inside sections) and the tags we do not support. */
  private static final class Names implements Mustache.Visitor {

    final Set<String> found = new LinkedHashSet<>();
    final List<String> unsupported = new ArrayList<>();

    @Override
    public void visitText(String text) {}

    @Override
    public void visitVariable(String name) {
      add(name);
    }

    @Override
    public boolean visitInclude(String name) {
      unsupported.add("{{>" + name + "}}");
      return false;
    }

    @Override
    public boolean visitParent(String name) {
      unsupported.add("{{<" + name + "}}");
      return false;
    }

    @Override
    public boolean visitBlock(String name) {
      unsupported.add("{{$" + name + "}}");
      return false;
    }

    @Override
    public boolean visitSection(String name) {
      add(name);
      return true;
    }

    @Override
    public boolean visitInvertedSection(String name) {
      add(name);
      return true;
    }

    private void add(String name) {
      if (!name.equals(".") && !name.equals("this")) {
        found.add(name);
      }
    }
  }
}
