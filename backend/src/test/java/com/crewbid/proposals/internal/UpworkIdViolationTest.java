package com.crewbid.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A send whose write of Upwork's id fails is retried without the id only when the failure is the
 * Upwork-id unique index; any other constraint's failure is not hidden that way.
 */
class UpworkIdViolationTest {

  static DataIntegrityViolationException violationOf(String constraint) {
    return new DataIntegrityViolationException(
        "could not execute statement",
        new ConstraintViolationException(
            "duplicate key", new SQLException("duplicate key", "23505"), constraint));
  }

  @Test
  void whenTheUpworkIdIndexIsViolatedThenItIsRecognised() {
    assertThat(
            ProposalSending.violates(
                violationOf("proposals_upwork_id_idx"), ProposalSending.UPWORK_ID_INDEX))
        .isTrue();
  }

  @Test
  void whenAnotherConstraintIsViolatedThenItIsNot() {
    assertThat(
            ProposalSending.violates(
                violationOf("proposals_one_active_per_job_idx"), ProposalSending.UPWORK_ID_INDEX))
        .isFalse();
    assertThat(
            ProposalSending.violates(
                new DataIntegrityViolationException("no cause"), ProposalSending.UPWORK_ID_INDEX))
        .isFalse();
  }
}
