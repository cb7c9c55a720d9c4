package com.crewbid.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upwork's values cut to the cache's columns: texts, numbers and ids. */
class UpworkValuesTest {

  @Test
  void whenATextIsLongerThanItsColumnThenItIsCutAtACharacterNeverInsideOne() {
    String emoji = "😀".repeat(30);

    String cut = UpworkValues.text(emoji, 20);

    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(20);
    assertThat(cut).isEqualTo("😀".repeat(20));
    assertThat(UpworkValues.text("a\0b", 10)).isEqualTo("ab");
    assertThat(UpworkValues.text(null, 10)).isNull();
  }

  @Test
  void whenNumbersDoNotFitTheirColumnsThenTheyAreUnknownAndCurrenciesDefault() {
    FetchedJob wild =
        new FetchedJob(
            "1234567890",
            "not a ciphertext!",
            "Title",
            null,
            List.of("Java", "x".repeat(300)),
            "c".repeat(50),
            "Category",
            null,
            "SOMETHING",
            "dollars",
            new BigDecimal("1e13"),
            new BigDecimal("123456789"),
            new BigDecimal("12.345"),
            null,
            null,
            null,
            null,
            -1,
            "client id with spaces",
            "n".repeat(300),
            null,
            null,
            new BigDecimal("5.01"),
            -2,
            new BigDecimal("999999999999.99"),
            null,
            null,
            null,
            null,
            null,
            List.of("", "Why?"),
            null);

    FetchedJob bounded = UpworkValues.bounded(wild);
    assertThat(bounded.clientId()).isNull();
    assertThat(bounded.clientName()).hasSize(200);

    assertThat(bounded.ciphertext()).isNull();
    assertThat(bounded.description()).isEmpty();
    assertThat(bounded.skills()).containsExactly("Java", "x".repeat(200));
    assertThat(bounded.categoryId()).hasSize(40);
    assertThat(bounded.jobType()).isEqualTo("FIXED");
    assertThat(bounded.currency()).isEqualTo("USD");
    assertThat(bounded.budgetAmount()).isNull();
    assertThat(bounded.hourlyMin()).isNull();
    assertThat(bounded.hourlyMax()).isEqualByComparingTo("12.35");
    assertThat(bounded.totalApplicants()).isNull();
    assertThat(bounded.clientRating()).isNull();
    assertThat(bounded.clientReviews()).isNull();
    assertThat(bounded.clientTotalSpent()).isEqualByComparingTo("999999999999.99");
    assertThat(bounded.screeningQuestions()).containsExactly("Why?");
  }

  @Test
  void whenAnIdCannotBeAKeyThenThePostingIsNotUsable() {
    assertThat(UpworkValues.validId("1638473311920246784")).isTrue();
    assertThat(UpworkValues.validId("~01abc")).isTrue();
    assertThat(UpworkValues.validId("x".repeat(33))).isFalse();
    assertThat(UpworkValues.validId("has space")).isFalse();
    assertThat(UpworkValues.validId(null)).isFalse();
    assertThatThrownBy(
            () ->
                UpworkValues.bounded(
                    new FetchedJob(
                        "bad id", null, "T", "D", List.of(), null, null, null, "FIXED", "USD", null,
                        null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
