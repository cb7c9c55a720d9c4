package com.crewbid.identity.passwords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

/**
 * Decides whether a password may be set, following NIST SP 800-63B: a length range, no composition
 * rules, and a refusal of passwords that are known or easy to guess.
 *
 * <ul>
 *   <li>12 to 128 characters (the upper bound keeps hashing and estimation cheap);
 *   <li>not containing the e-mail's name part or the person's name;
 *   <li>not one of the leaked passwords in nbvcxz's dictionary (the whole password, leet-speak
 *       included);
 *   <li>nbvcxz's estimate at least "3" on its 0–4 scale and {@value #MINIMUM_ENTROPY_BITS} bits of
 *       entropy, with the person's e-mail, name and "crewbid" added as words an attacker would try
 *       first.
 * </ul>
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  static final double MINIMUM_ENTROPY_BITS = 35;
  static final int MINIMUM_SCORE = 3;

  /** Parts of an e-mail or name shorter than this occur inside too many ordinary words. */
  private static final int MIN_PERSONAL_TOKEN = 4;

  private static final List<Dictionary> DICTIONARIES =
      ConfigurationBuilder.getDefaultDictionaries();
  private static final String LEAKED_DICTIONARY = "passwords";

  /** Every problem with {@code password}; empty when it is acceptable. */
  public List<PasswordProblem> check(String password, String email, String displayName) {
    List<PasswordProblem> problems = new ArrayList<>();
    String candidate = password == null ? "" : password;
    int length = candidate.codePointCount(0, candidate.length());
    if (length < MIN_LENGTH) {
      problems.add(problem(PasswordProblem.Code.TOO_SHORT, "Use at least 12 characters."));
    }
    if (length > MAX_LENGTH) {
      problems.add(problem(PasswordProblem.Code.TOO_LONG, "Use at most 128 characters."));
      return problems;
    }
    String lower = candidate.toLowerCase(Locale.ROOT);
    Set<String> emailWords = emailWords(email);
    Set<String> nameWords = nameWords(displayName);
    if (emailWords.stream().anyMatch(lower::contains)) {
      problems.add(
          problem(
              PasswordProblem.Code.CONTAINS_EMAIL,
              "Don't use your e-mail address or part of it in your password."));
    }
    if (nameWords.stream().anyMatch(lower::contains)) {
      problems.add(
          problem(PasswordProblem.Code.CONTAINS_NAME, "Don't use your name in your password."));
    }
    if (candidate.isEmpty()) {
      return problems;
    }
    Result estimate = estimate(candidate, emailWords, nameWords);
    if (leaked(estimate, candidate)) {
      problems.add(
          problem(
              PasswordProblem.Code.LEAKED,
              "This password appears in lists of leaked passwords; choose another."));
    } else if (estimate.getBasicScore() < MINIMUM_SCORE || !estimate.isMinimumEntropyMet()) {
      problems.add(problem(PasswordProblem.Code.TOO_GUESSABLE, guessableMessage(estimate)));
    }
    return problems;
  }

  private static Result estimate(String password, Set<String> emailWords, Set<String> nameWords) {
    DictionaryBuilder personal =
        new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
    personal.addWord("crewbid", 0);
    emailWords.forEach(word -> personal.addWord(word, 0));
    nameWords.forEach(word -> personal.addWord(word, 0));
    List<Dictionary> dictionaries = new ArrayList<>(DICTIONARIES);
    dictionaries.add(personal.createDictionary());
    return new Nbvcxz(
            new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MINIMUM_ENTROPY_BITS)
                .setLocale(Locale.ENGLISH)
                .createConfiguration())
        .estimate(password);
  }

  /** The whole password is one entry of the leaked-password list (possibly in leet-speak). */
  private static boolean leaked(Result estimate, String password) {
    return estimate.getMatches().stream()
        .anyMatch(
            match ->
                match instanceof DictionaryMatch word
                    && LEAKED_DICTIONARY.equals(word.getDictionaryName())
                    && word.getDistance() == 0
                    && word.getLength() == password.length());
  }

  private static String guessableMessage(Result estimate) {
    StringBuilder message = new StringBuilder("This password is too easy to guess.");
    String warning = estimate.getFeedback().getWarning();
    if (warning != null && !warning.isBlank()) {
      message.append(' ').append(warning);
    }
    List<String> suggestions = estimate.getFeedback().getSuggestion();
    if (suggestions != null && !suggestions.isEmpty()) {
      message.append(' ').append(suggestions.getFirst());
    }
    return message.toString();
  }

  private static Set<String> emailWords(String email) {
    if (email == null || email.isBlank()) {
      return Set.of();
    }
    String local = email.strip().toLowerCase(Locale.ROOT).split("@", 2)[0];
    Set<String> words = new LinkedHashSet<>();
    if (local.length() >= 3) {
      words.add(local);
    }
    words.addAll(tokens(local));
    return words;
  }

  private static Set<String> nameWords(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      return Set.of();
    }
    String name = displayName.strip().toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    String joined = name.replaceAll("[^\\p{L}\\p{N}]", "");
    if (joined.length() >= 3) {
      words.add(joined);
    }
    words.addAll(tokens(name));
    return words;
  }

  private static Set<String> tokens(String text) {
    Set<String> tokens = new LinkedHashSet<>();
    Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
        .filter(token -> token.length() >= MIN_PERSONAL_TOKEN)
        .forEach(tokens::add);
    return tokens;
  }

  private static PasswordProblem problem(PasswordProblem.Code code, String message) {
    return new PasswordProblem(code, message);
  }
}
