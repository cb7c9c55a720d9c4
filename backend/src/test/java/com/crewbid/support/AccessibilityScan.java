package com.crewbid.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An automated accessibility check of the page a browser test shows (UX.md): axe-core, installed
 * from the npm registry as a dev dependency of the front end ({@code frontend/node_modules}), is
 * evaluated in the page by Playwright (over the DevTools protocol, which the app's CSP does not
 * govern; nothing is fetched) and runs its WCAG 2 A/AA rules once the page has settled (its
 * animations finished). Serious and critical violations fail the test; every violation is printed.
 */
public final class AccessibilityScan {

  private static final Path AXE =
      Paths.get(
          System.getProperty(
              "crewbid.axe",
              Paths.get("..", "frontend", "node_modules", "axe-core", "axe.min.js").toString()));

  private static final String RUN =
      """
      async () => {
        // The page as a person meets it: entrance animations done, announcements made (a snack
        // bar hides its text from assistive technology for its first 150 ms, then announces it).
        await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)));
        await new Promise(settled => setTimeout(settled, 300));
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          resultTypes: ['violations'],
        });
        return JSON.stringify(result.violations.map(v => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary),
        })));
      }
      """;

  private static String source;

  private AccessibilityScan() {}

  /** Fails on serious or critical violations of the page as it is now; {@code name} labels it. */
  public static void assertNoSeriousViolations(Page page, String name) {
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
      // A function around the script: evaluated as code, never added to the page as a <script>.
      page.evaluate("() => {\n" + axeSource() + "\n}");
    }
    JsonNode violations = JsonMapper.builder().build().readTree((String) page.evaluate(RUN));
    List<String> serious = new ArrayList<>();
    for (JsonNode violation : violations) {
      String line =
          name
              + ": "
              + violation.path("impact").asString()
              + " "
              + violation.path("id").asString()
              + " ("
              + violation.path("help").asString()
              + ") at "
              + violation.path("nodes");
      System.out.println("axe " + line);
      String impact = violation.path("impact").asString();
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(line);
      }
    }
    assertThat(serious).as("serious or critical accessibility violations").isEmpty();
  }

  private static synchronized String axeSource() {
    if (source == null) {
      try {
        source = Files.readString(AXE, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "axe-core is not installed at " + AXE.toAbsolutePath() + " (npm install in frontend/)",
            e);
      }
    }
    return source;
  }
}
