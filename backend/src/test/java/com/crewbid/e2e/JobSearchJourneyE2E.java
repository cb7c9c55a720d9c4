package com.crewbid.e2e;

import static com.crewbid.e2e.Ui.signInWithPassword;
import static com.crewbid.e2e.Ui.testId;
import static com.crewbid.support.AccessibilityScan.assertNoSeriousViolations;
import static com.crewbid.support.BrowserSession.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.UserAccounts;
import com.crewbid.support.ApiClient;
import com.crewbid.support.BrowserSession;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 4's journey in Chromium: a freelancer links their Upwork account, searches Upwork with
 * filters, saves the search, opens a job with its screening questions and client history, and marks
 * it a favourite; the owner sees the link's status; a freelancer without a link is told to link
 * first.
 */
@IntegrationTest
class JobSearchJourneyE2E {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired UserAccounts accounts;

  @BeforeEach
  @AfterEach
  void resetSandbox() {
    new ApiClient(port).withoutCsrf().delete("/upwork-sandbox/_control");
  }

  record Person(String email, String password) {}

  Person freelancer(TestAgencies.Agency agency) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Person person =
        new Person("jobs-" + suffix + "@" + agency.slug() + ".test", "pw-" + suffix + "-journey");
    accounts.createMember(
        agency.id(),
        person.email(),
        "Freelancer " + suffix,
        person.password(),
        AgencyRole.FREELANCER);
    return person;
  }

  @Test
  void freelancerSearchesWithFiltersSavesTheSearchOpensAJobAndMarksAFavorite() {
    TestAgencies.Agency agency = agencies.register("journey-jobs");
    Person priya = freelancer(agency);
    Person unlinked = freelancer(agency);

    try (BrowserSession browser = new BrowserSession(port)) {
      Page page = browser.newPerson();
      signInWithPassword(page, priya.email(), priya.password());
      page.waitForURL("**/agency");
      testId(page, "nav-upwork-account").click();
      page.waitForURL("**/upwork/account");
      testId(page, "upwork-link").click();
      page.getByText("Continue as Priya Raman").click();
      page.waitForURL("**/upwork/account");
      assertThat(testId(page, "link-state")).hasAttribute("data-state", "LINKED");

      testId(page, "nav-jobs").click();
      page.waitForURL("**/jobs");
      assertThat(testId(page, "jobs-empty")).isVisible();
      screenshot(page, "jobs-01-empty-feed");
      assertNoSeriousViolations(page, "jobs-01-empty-feed");

      testId(page, "filter-job-type").click();
      testId(page, "filter-job-type-HOURLY").click();
      testId(page, "filter-verified").locator("input").check();
      testId(page, "filters-apply").click();
      page.waitForURL(Pattern.compile(".*jobType=HOURLY.*"));
      testId(page, "jobs-keywords").fill("developer");
      testId(page, "jobs-search").click();
      assertThat(testId(page, "jobs-fetched")).containsText("Upwork sent");
      Locator cards = testId(page, "job-card");
      assertThat(cards.first()).isVisible();
      assertThat(cards.first().locator("mark").first())
          .hasText(Pattern.compile("develop", Pattern.CASE_INSENSITIVE));
      assertThat(cards.first().getByTestId("job-pay")).containsText("Hourly");
      screenshot(page, "jobs-02-results-with-filters");
      assertNoSeriousViolations(page, "jobs-02-results-with-filters");

      testId(page, "jobs-save-search").click();
      testId(page, "saved-search-name").fill("Hourly developers");
      testId(page, "saved-search-refresh").click();
      testId(page, "saved-search-refresh-60").click();
      testId(page, "saved-search-submit").click();
      testId(page, "nav-saved-searches").click();
      page.waitForURL("**/jobs/saved-searches");
      Locator saved = testId(page, "saved-search");
      assertThat(saved).hasCount(1);
      assertThat(saved.getByTestId("saved-search-open")).hasText("Hourly developers");
      assertThat(saved.getByTestId("saved-search-interval")).containsText("Every hour");
      screenshot(page, "jobs-03-saved-search");
      assertNoSeriousViolations(page, "jobs-03-saved-search");

      saved.getByTestId("saved-search-feed").click();
      page.waitForURL(Pattern.compile(".*keywords=developer.*"));
      String title = testId(page, "job-card").first().getByTestId("job-link").textContent().strip();
      testId(page, "job-card").first().getByTestId("job-link").click();
      page.waitForURL(Pattern.compile(".*/jobs/\\d+"));
      assertThat(testId(page, "job-detail-title")).hasText(title);
      assertThat(testId(page, "job-client")).containsText("Payment verified");
      assertThat(page.locator("[data-testid=job-questions], [data-testid=job-questions-none]"))
          .isVisible();
      assertThat(testId(page, "job-upwork-link"))
          .hasAttribute("href", Pattern.compile("^https://www\\.upwork\\.com/jobs/~01.*"));
      testId(page, "job-detail-favorite").click();
      assertThat(testId(page, "job-detail-favorite")).hasAttribute("aria-pressed", "true");
      screenshot(page, "jobs-04-job-detail-favorite");
      assertNoSeriousViolations(page, "jobs-04-job-detail-favorite");

      testId(page, "nav-favorites").click();
      page.waitForURL("**/jobs/favorites");
      assertThat(testId(page, "marked-job")).hasCount(1);
      assertThat(testId(page, "marked-job").getByTestId("job-link")).hasText(title);
      screenshot(page, "jobs-05-favorites");
      assertNoSeriousViolations(page, "jobs-05-favorites");

      Page other = browser.newPerson();
      signInWithPassword(other, unlinked.email(), unlinked.password());
      other.waitForURL("**/agency");
      other.navigate("/jobs");
      testId(other, "jobs-search").click();
      assertThat(testId(other, "jobs-link-required"))
          .containsText("Link your Upwork account first");
      assertThat(testId(other, "jobs-link-upwork")).hasAttribute("href", "/upwork/account");
      screenshot(other, "jobs-06-link-first");
      assertNoSeriousViolations(other, "jobs-06-link-first");

      Page owner = browser.newPerson();
      signInWithPassword(owner, agency.ownerEmail(), agency.ownerPassword());
      owner.waitForURL("**/agency");
      testId(owner, "nav-linked-accounts").click();
      owner.waitForURL("**/upwork/linked-accounts");
      assertThat(
              owner
                  .locator("[data-testid=linked-account-row][data-email='" + priya.email() + "']")
                  .getByTestId("link-state"))
          .hasAttribute("data-state", "LINKED");
      assertThat(
              owner
                  .locator(
                      "[data-testid=linked-account-row][data-email='" + unlinked.email() + "']")
                  .getByTestId("link-state"))
          .hasAttribute("data-state", "NEVER_LINKED");
      screenshot(owner, "jobs-07-owner-sees-link-status");
      assertNoSeriousViolations(owner, "jobs-07-owner-sees-link-status");
    }
  }
}
