package com.crewbid.identity.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.passwords.PasswordProblem.Code;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  static final PasswordPolicy policy = new PasswordPolicy();
  static final String EMAIL = "anastasia.kovalenko@agency.example";
  static final String NAME = "Anastasia Kovalenko";

  static List<Code> codes(String password) {
    return policy.check(password, EMAIL, NAME).stream().map(PasswordProblem::code).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Tr0ub4dor&3xyz", "zX8#qLm2$vR9", "velvet-otter-quarry-lamp", "7kq4m-x9hcd-ppw"})
  void whenPasswordIsLongAndHardToGuessThenItIsAccepted(String password) {
    assertThat(policy.check(password, EMAIL, NAME)).isEmpty();
  }

  @Test
  void whenPasswordIsShorterThanTwelveThenItIsTooShort() {
    List<PasswordProblem> problems = policy.check("zX8#qLm2$vR", EMAIL, NAME);

    assertThat(problems).extracting(PasswordProblem::code).contains(Code.TOO_SHORT);
    assertThat(problems)
        .extracting(PasswordProblem::message)
        .contains("Use at least 12 characters.");
  }

  @Test
  void whenPasswordIsLongerThan128ThenItIsTooLongAndNotEstimated() {
    assertThat(codes("zX8#qLm2$vR9".repeat(11))).containsExactly(Code.TOO_LONG);
    assertThat(codes("zX8#qLm2$vR9".repeat(10) + "zX8#qLm2")).isEmpty();
  }

  @Test
  void whenPasswordContainsTheEmailsNamePartThenItIsRefused() {
    assertThat(codes("anastasia.kovalenko")).contains(Code.CONTAINS_EMAIL);
    assertThat(policy.check("Zq!kovalenko-w9r", "kovalenko@x.example", null))
        .extracting(PasswordProblem::code)
        .contains(Code.CONTAINS_EMAIL);
    assertThat(policy.check("Zq!kovalenko-w9r", "someone@x.example", null))
        .extracting(PasswordProblem::code)
        .doesNotContain(Code.CONTAINS_EMAIL);
    assertThat(policy.check("KOVALENKO@X.EXAMPLE", "kovalenko@x.example", null))
        .extracting(PasswordProblem::code)
        .contains(Code.CONTAINS_EMAIL);
  }

  @Test
  void whenPasswordContainsThePersonsNameThenItIsRefused() {
    assertThat(policy.check("Zq!Kovalenko-w9r", "ak@x.example", "Ana Kovalenko"))
        .extracting(PasswordProblem::code)
        .contains(Code.CONTAINS_NAME);
    assertThat(policy.check("Zq!Kovalenko-w9r", "ak@x.example", "Ana Shevchuk"))
        .extracting(PasswordProblem::code)
        .doesNotContain(Code.CONTAINS_NAME);
    assertThat(policy.check("anakovalenko#w9r", "ak@x.example", "Ana Kovalenko"))
        .extracting(PasswordProblem::code)
        .contains(Code.CONTAINS_NAME);
  }

  @Test
  void whenPasswordIsALeakedPasswordThenItIsRefusedAsLeaked() {
    assertThat(codes("correct horse battery staple")).containsExactly(Code.LEAKED);
    assertThat(codes("1qaz2wsx3edc")).containsExactly(Code.LEAKED);
    assertThat(policy.check("1qaz2wsx3edc", EMAIL, NAME).getFirst().message())
        .contains("leaked passwords");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "summer2024summer",
        "jkl;jkl;jkl;",
        "Crewbid2026!!",
        "aaaaaaaaaaaaaaaa"
      })
  void whenPasswordIsEasyToGuessThenItIsRefusedWithAHint(String password) {
    List<PasswordProblem> problems = policy.check(password, EMAIL, NAME);

    assertThat(problems)
        .extracting(PasswordProblem::code)
        .containsAnyOf(Code.TOO_GUESSABLE, Code.LEAKED);
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
  }

  @Test
  void whenEmailAndNameAreMissingThenOnlyThePasswordIsJudged() {
    assertThat(policy.check("velvet-otter-quarry-lamp", null, null)).isEmpty();
    assertThat(policy.check(null, null, null))
        .extracting(PasswordProblem::code)
        .containsExactly(Code.TOO_SHORT);
  }

  @Test
  void whenPasswordHasSeveralProblemsThenAllAreListed() {
    assertThat(policy.check("kovalenko1", "kovalenko@x.example", "Ana Kovalenko"))
        .extracting(PasswordProblem::code)
        .contains(Code.TOO_SHORT, Code.CONTAINS_EMAIL, Code.CONTAINS_NAME);
  }
}
