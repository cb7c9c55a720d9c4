package com.crewbid.e2e;

import static com.crewbid.e2e.Ui.confirm;
import static com.crewbid.e2e.Ui.signInWithPassword;
import static com.crewbid.e2e.Ui.testId;
import static com.crewbid.support.AccessibilityScan.assertNoSeriousViolations;
import static com.crewbid.support.BrowserSession.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.UserAccounts;
import com.crewbid.support.BrowserSession;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The owner writes a template with the palette and the live preview, edits it and restores the
 * first version; a freelancer of the agency finds it in the library and can only read and preview.
 */
@IntegrationTest
class TemplateLibraryJourneyE2E {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired UserAccounts accounts;

  @Test
  void ownerWritesEditsAndRestoresATemplateWhichAFreelancerCanOnlyReadAndPreview() {
    TestAgencies.Agency agency = agencies.register("journey-templates");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String freelancerEmail = "freelancer-" + suffix + "@journey-templates.test";
    String freelancerPassword = "pw-" + suffix + "-freelancer";
    accounts.createMember(
        agency.id(), freelancerEmail, "Taras Bulba", freelancerPassword, AgencyRole.FREELANCER);

    try (BrowserSession browser = new BrowserSession(port)) {
      Page owner = browser.newPerson();
      signInWithPassword(owner, agency.ownerEmail(), agency.ownerPassword());
      owner.waitForURL("**/agency");
      testId(owner, "nav-templates").click();
      owner.waitForURL("**/templates");
      assertThat(testId(owner, "templates-empty")).isVisible();
      screenshot(owner, "templates-01-empty-library");

      testId(owner, "templates-variables").click();
      owner.waitForURL("**/templates/variables");
      testId(owner, "variable-key").fill("agency_website");
      testId(owner, "variable-value").fill("https://journey.example");
      testId(owner, "variable-save").click();
      assertThat(testId(owner, "variable-row")).containsText("{{agency_website}}");
      screenshot(owner, "templates-01b-variables");
      testId(owner, "variables-back").click();
      owner.waitForURL("**/templates");

      testId(owner, "templates-empty-new").click();
      owner.waitForURL("**/templates/new");
      testId(owner, "template-name").fill("Web app intro");
      testId(owner, "template-category").fill("Web Development");
      testId(owner, "template-tag-input").fill("react");
      testId(owner, "template-tag-input").press("Enter");
      testId(owner, "template-body").fill("Hello ,\nI build {{job_title}} apps.");
      testId(owner, "template-body").press("Control+Home");
      for (int i = 0; i < "Hello ".length(); i++) {
        testId(owner, "template-body").press("ArrowRight");
      }
      testId(owner, "insert-client_name").click();
      assertThat(testId(owner, "template-body"))
          .hasValue("Hello {{client_name}},\nI build {{job_title}} apps.");
      testId(owner, "template-body").press("End");
      testId(owner, "insert-agency_website").click();
      assertThat(testId(owner, "template-body"))
          .hasValue("Hello {{client_name}},{{agency_website}}\nI build {{job_title}} apps.");
      testId(owner, "template-add-answer").click();
      testId(owner, "answer-question-0").fill("What is your hourly rate?");
      testId(owner, "answer-text-0").fill("$45 an hour.");
      assertThat(testId(owner, "preview-text")).containsText("Hello [client name],");
      testId(owner, "sample-client-name").fill("Acme & Sons");
      assertThat(testId(owner, "preview-text"))
          .containsText("Hello Acme & Sons,https://journey.example");
      assertThat(testId(owner, "preview-missing")).containsText("job title");
      screenshot(owner, "templates-02-editor-with-preview");
      assertNoSeriousViolations(owner, "template editor");

      testId(owner, "template-save").click();
      owner.waitForURL(Pattern.compile(".*/templates/[0-9a-f-]{36}$"));
      assertThat(testId(owner, "template-version-line")).containsText("Version 1");

      testId(owner, "template-body").fill("Hi {{client_name}}, a second take.");
      testId(owner, "template-save").click();
      assertThat(testId(owner, "template-version-line")).containsText("Version 2");

      testId(owner, "template-body").fill("Broken {{clinet_name}}");
      assertThat(testId(owner, "preview-problems")).containsText("{{clinet_name}}");
      testId(owner, "template-save").click();
      assertThat(owner.locator("mat-form-field:has([data-testid=template-body])"))
          .containsText("Unknown variable {{clinet_name}} at line 1, column 8");
      screenshot(owner, "templates-03-unknown-variable");
      assertNoSeriousViolations(owner, "template editor with a problem");
      testId(owner, "template-discard").click();

      testId(owner, "template-history-link").click();
      owner.waitForURL("**/history");
      testId(owner, "history-select-1").click();
      assertThat(testId(owner, "history-version")).containsText("Version 1");
      testId(owner, "history-compare-current").click();
      assertThat(testId(owner, "history-diff")).containsText("a second take");
      screenshot(owner, "templates-04-history-diff");
      testId(owner, "history-restore").click();
      confirm(owner);
      assertThat(owner.locator("[data-testid=history-row]")).hasCount(3);
      assertThat(testId(owner, "history-table")).containsText("restored from v1");
      screenshot(owner, "templates-05-restored");

      Page freelancer = browser.newPerson();
      signInWithPassword(freelancer, freelancerEmail, freelancerPassword);
      freelancer.waitForURL("**/agency");
      testId(freelancer, "nav-templates").click();
      freelancer.waitForURL("**/templates");
      assertThat(testId(freelancer, "templates-new")).hasCount(0);
      assertThat(testId(freelancer, "template-row")).containsText("Web app intro");
      screenshot(freelancer, "templates-06a-freelancer-library");
      testId(freelancer, "template-link").first().click();
      assertThat(testId(freelancer, "template-read-only")).isVisible();
      assertThat(testId(freelancer, "template-form")).hasCount(0);
      assertThat(testId(freelancer, "template-view-body")).containsText("Hello {{client_name}},");
      // The freelancer's own name fills {{member_name}}-less previews; the client stays a sample.
      testId(freelancer, "sample-client-name").fill("Globex");
      assertThat(testId(freelancer, "preview-text")).containsText("Hello Globex,");
      screenshot(freelancer, "templates-06b-freelancer-read-only");
      assertNoSeriousViolations(freelancer, "template read-only");
    }
  }
}
