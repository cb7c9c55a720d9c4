package com.crewbid.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Steps the browser journeys share, through the controls' data-testid attributes. */
final class Ui {

  private Ui() {}

  static Locator testId(Page page, String testId) {
    return page.getByTestId(testId);
  }

  /** Fills the e-mail/password form of the sign-in page and submits it. */
  static void signInWithPassword(Page page, String email, String password) {
    page.navigate("/sign-in");
    testId(page, "sign-in-email").fill(email);
    testId(page, "sign-in-password").fill(password);
    testId(page, "sign-in-submit").click();
  }

  /** Answers the confirmation dialog with its confirm button. */
  static void confirm(Page page) {
    testId(page, "confirm-dialog-confirm").click();
  }
}
