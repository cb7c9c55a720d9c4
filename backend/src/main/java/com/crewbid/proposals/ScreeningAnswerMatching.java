package com.crewbid.proposals;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches a job's screening questions to a template's default answers by the words they share. Both
 * sides are normalised first: case, accents and punctuation are ignored, filler words ("do you",
 * "please", "describe") are dropped and simple English endings ("-s", "-ing", "-ed") are cut, so
 * "Do you have experience with React Native?" matches the pattern "React Native experience".
 *
 * <p>The score weighs how much of the pattern the question covers (most) with how alike the two are
 * overall (Dice coefficient), from 0 (nothing shared) to 1 (the same words).
 */
public final class ScreeningAnswerMatching {

  /** Below this score a default answer is not offered for a question. */
  public static final double THRESHOLD = 0.5;

  private static final Set<String> FILLER =
      Set.of(
          "a",
          "an",
          "the",
          "you",
          "your",
          "yours",
          "do",
          "does",
          "did",
          "have",
          "has",
          "had",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "to",
          "of",
          "in",
          "on",
          "for",
          "with",
          "and",
          "or",
          "what",
          "which",
          "how",
          "please",
          "can",
          "could",
          "would",
          "will",
          "any",
          "me",
          "us",
          "we",
          "i",
          "my",
          "our",
          "this",
          "that",
          "it",
          "its",
          "about",
          "describe",
          "tell",
          "share",
          "give",
          "provide",
          "list",
          "if",
          "so",
          "as",
          "at",
          "by",
          "from",
          "there",
          "some",
          "all",
          "briefly",
          "kindly");

  private ScreeningAnswerMatching() {}

  /** A default answer chosen for a question, with how well it matched. */
  public record Match(ScreeningAnswer answer, double score) {}

  /** For each of a job's questions, in order: the best default answer, if one matches well. */
  public record Suggestion(String question, Optional<Match> match) {}

  public static List<Suggestion> suggest(List<String> questions, List<ScreeningAnswer> answers) {
    return questions.stream().map(q -> new Suggestion(q, bestMatch(q, answers))).toList();
  }

  /** The default answer whose pattern is most similar to the question, if it reaches the bar. */
  public static Optional<Match> bestMatch(String question, List<ScreeningAnswer> answers) {
    return answers.stream()
        .map(a -> new Match(a, similarity(a.questionPattern(), question)))
        .filter(m -> m.score() >= THRESHOLD)
        .max(Comparator.comparingDouble(Match::score));
  }

  /** How similar a question is to a pattern, from 0 to 1 (see the class comment). */
  public static double similarity(String pattern, String question) {
    Set<String> p = words(pattern);
    Set<String> q = words(question);
    if (p.isEmpty() || q.isEmpty()) {
      return 0;
    }
    long shared = p.stream().filter(q::contains).count();
    double coverage = (double) shared / p.size();
    double dice = 2.0 * shared / (p.size() + q.size());
    return 0.6 * coverage + 0.4 * dice;
  }

  /**
   * The text as the matching sees it: its distinct words in lower case, without accents,
   * punctuation, filler or simple endings, sorted (word order does not count).
   */
  public static String normalise(String text) {
    return String.join(" ", new java.util.TreeSet<>(words(text)));
  }

  private static Set<String> words(String text) {
    if (text == null) {
      return Set.of();
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("['’]s\\b", "")
            .replaceAll("[^\\p{L}\\p{N}+#]+", " ")
            .trim();
    if (plain.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(plain.split("\\s+"))
        .filter(w -> !FILLER.contains(w))
        .map(ScreeningAnswerMatching::stem)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Cuts common English endings so that "experience", "experienced" and "experiences" meet. */
  private static String stem(String word) {
    String stem = word;
    if (stem.length() > 5 && stem.endsWith("ing")) {
      stem = stem.substring(0, stem.length() - 3);
    } else if (stem.length() > 4 && (stem.endsWith("ied") || stem.endsWith("ies"))) {
      stem = stem.substring(0, stem.length() - 3) + "y";
    } else if (stem.length() > 4 && stem.endsWith("ed")) {
      stem = stem.substring(0, stem.length() - 2);
    } else if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss")) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return stem.length() > 4 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
  }
}
