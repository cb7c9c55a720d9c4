package com.crewbid.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningAnswerMatchingTest {

  static final ScreeningAnswer REACT =
      new ScreeningAnswer("React Native experience", "Five years, twelve apps in the stores.");
  static final ScreeningAnswer RATE = new ScreeningAnswer("What is your hourly rate?", "$45/h.");
  static final ScreeningAnswer SAMPLES =
      new ScreeningAnswer("Links to similar projects", "{{portfolio}}");
  static final List<ScreeningAnswer> DEFAULTS = List.of(REACT, RATE, SAMPLES);

  @Test
  void whenTextsDifferOnlyInCaseAccentsPunctuationAndFillerThenTheyNormaliseAlike() {
    assertThat(ScreeningAnswerMatching.normalise("Do you have EXPERIENCE with Réact-Native??"))
        .isEqualTo(ScreeningAnswerMatching.normalise("react native experience"));
  }

  @Test
  void whenWordsDifferOnlyInSimpleEndingsThenTheyMatch() {
    assertThat(ScreeningAnswerMatching.normalise("experienced designers"))
        .isEqualTo(ScreeningAnswerMatching.normalise("experience designer"));
    assertThat(ScreeningAnswerMatching.normalise("testing companies"))
        .isEqualTo(ScreeningAnswerMatching.normalise("test company"));
  }

  @Test
  void whenAQuestionIsWordedDifferentlyThenTheSimilarDefaultAnswerIsChosen() {
    assertThat(
            ScreeningAnswerMatching.bestMatch(
                "Do you have experience with React Native? Please describe.", DEFAULTS))
        .hasValueSatisfying(m -> assertThat(m.answer()).isEqualTo(REACT));
    assertThat(ScreeningAnswerMatching.bestMatch("Your hourly rate for this job?", DEFAULTS))
        .hasValueSatisfying(m -> assertThat(m.answer()).isEqualTo(RATE));
    assertThat(
            ScreeningAnswerMatching.bestMatch(
                "Please share links to similar projects you have done", DEFAULTS))
        .hasValueSatisfying(m -> assertThat(m.answer()).isEqualTo(SAMPLES));
  }

  @Test
  void whenNoDefaultIsCloseEnoughThenNoneIsOffered() {
    assertThat(ScreeningAnswerMatching.bestMatch("When can you start?", DEFAULTS)).isEmpty();
    assertThat(ScreeningAnswerMatching.bestMatch("???", DEFAULTS)).isEmpty();
    assertThat(ScreeningAnswerMatching.bestMatch("React Native experience", List.of())).isEmpty();
  }

  @Test
  void whenTwoDefaultsShareWordsThenTheCloserOneWins() {
    ScreeningAnswer react = new ScreeningAnswer("React experience", "Web apps since 2016.");

    assertThat(
            ScreeningAnswerMatching.bestMatch(
                "How much React Native experience do you have?", List.of(react, REACT)))
        .hasValueSatisfying(m -> assertThat(m.answer()).isEqualTo(REACT));
  }

  @Test
  void whenTheSameWordsAreUsedThenTheScoreIsOneAndDisjointTextsScoreZero() {
    assertThat(ScreeningAnswerMatching.similarity("hourly rate", "Rate, hourly?")).isEqualTo(1.0);
    assertThat(ScreeningAnswerMatching.similarity("hourly rate", "start date")).isZero();
  }

  @Test
  void whenAJobHasSeveralQuestionsThenEachGetsItsOwnSuggestionInOrder() {
    List<ScreeningAnswerMatching.Suggestion> suggestions =
        ScreeningAnswerMatching.suggest(
            List.of("What's your hourly rate?", "When can you start?"), DEFAULTS);

    assertThat(suggestions).hasSize(2);
    assertThat(suggestions.get(0).match())
        .hasValueSatisfying(m -> assertThat(m.answer()).isEqualTo(RATE));
    assertThat(suggestions.get(1).question()).isEqualTo("When can you start?");
    assertThat(suggestions.get(1).match()).isEmpty();
  }
}
