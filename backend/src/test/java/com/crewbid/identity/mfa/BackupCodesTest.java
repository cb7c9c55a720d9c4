package com.crewbid.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BackupCodesTest {

  final BackupCodes backupCodes = new BackupCodes();
  final BackupCodes.Generated generated = backupCodes.generate();

  @Test
  void whenGeneratedThenTenDistinctUnambiguousCodesWithOnlyHashesToStore() {
    assertThat(generated.codes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(generated.codes()).allMatch(c -> c.matches("[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}"));
    assertThat(generated.hashes()).hasSize(10).doesNotHaveDuplicates();
    for (int i = 0; i < 10; i++) {
      assertThat(generated.hashes().get(i))
          .doesNotContain(BackupCodes.normalise(generated.codes().get(i)));
    }
    assertThat(Math.log(BackupCodes.ALPHABET.length()) / Math.log(2) * 10).isGreaterThan(40);
  }

  @Test
  void whenAnyCodeIsEnteredThenItsIndexIsFound() {
    for (int i = 0; i < 10; i++) {
      assertThat(backupCodes.match(generated.codes().get(i), generated.hashes()))
          .isEqualTo(OptionalInt.of(i));
    }
  }

  @Test
  void whenCodeIsTypedInUpperCaseWithSpacesOrWithoutDashThenItStillMatches() {
    String code = generated.codes().get(3);
    String bare = code.replace("-", "");

    assertThat(backupCodes.match(code.toUpperCase(), generated.hashes())).hasValue(3);
    assertThat(backupCodes.match(bare, generated.hashes())).hasValue(3);
    assertThat(
            backupCodes.match(
                " " + bare.substring(0, 5) + " " + bare.substring(5) + " ", generated.hashes()))
        .hasValue(3);
  }

  @Test
  void whenCodeWasUsedAndItsHashRemovedThenItNoLongerMatchesButOthersDo() {
    List<String> stored = new ArrayList<>(generated.hashes());
    String code = generated.codes().get(5);
    stored.remove(backupCodes.match(code, stored).getAsInt());

    assertThat(backupCodes.match(code, stored)).isEmpty();
    assertThat(backupCodes.match(generated.codes().get(6), stored)).hasValue(5);
  }

  @Test
  void whenCodeIsUnknownOrMalformedThenNothingMatches() {
    assertThat(backupCodes.match("22222-22222", generated.hashes())).isEmpty();
    assertThat(backupCodes.match("", generated.hashes())).isEmpty();
    assertThat(backupCodes.match(null, generated.hashes())).isEmpty();
  }

  @Test
  void whenGeneratedTwiceThenTheCodesDiffer() {
    assertThat(new HashSet<>(backupCodes.generate().codes()))
        .doesNotContainAnyElementsOf(generated.codes());
  }
}
