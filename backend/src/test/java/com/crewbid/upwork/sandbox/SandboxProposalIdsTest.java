package com.crewbid.upwork.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sandbox proposal ids: numbers like Upwork's that a later run never gives out again. */
class SandboxProposalIdsTest {

  static final long NOW = 1_764_600_000_000L;

  @Test
  void whenTheSequenceStartsAgainLaterThenTheIdsStillGrow() {
    String earlier = SandboxProposals.newId(NOW, 41);
    String afterRestart = SandboxProposals.newId(NOW + 1, 1);

    assertThat(Long.parseLong(afterRestart)).isGreaterThan(Long.parseLong(earlier));
  }

  @Test
  void proposalsOfOneMillisecondDifferByTheSequence() {
    assertThat(SandboxProposals.newId(NOW, 1)).isNotEqualTo(SandboxProposals.newId(NOW, 2));
  }

  @Test
  void idsAreNineteenDigitsAndFitALong() {
    String id = SandboxProposals.newId(NOW, SandboxProposals.PER_MILLISECOND * 3 + 7);

    assertThat(id).matches("\\d{19}").endsWith("000007");
    assertThat(Long.parseLong(id)).isPositive();
  }
}
