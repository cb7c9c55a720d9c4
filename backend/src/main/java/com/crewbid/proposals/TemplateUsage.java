package com.crewbid.proposals;

import com.crewbid.proposals.templates.TemplateVersionRecords;
import com.crewbid.shared.web.ProblemException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts what became of proposals made from a template version: used (a draft was made from it),
 * sent, replied, hired. Counted per version and per template, once per proposal and stage:
 * recording the same stage of the same proposal again changes nothing, so callers may retry. A
 * stage taken back ({@link #retract}) is counted down, once.
 */
@Service
@Transactional
public class TemplateUsage {

  /** The stages a proposal made from a template is counted at. */
  public enum Stage {
    USED,
    SENT,
    REPLIED,
    HIRED
  }

  private final TemplateVersionRecords versions;

  TemplateUsage(TemplateVersionRecords versions) {
    this.versions = versions;
  }

  /**
   * @return whether this call counted it (false when the proposal was counted before)
   */
  public boolean recordUsed(UUID versionId, UUID proposalId) {
    return record(Stage.USED, versionId, proposalId);
  }

  public boolean recordSent(UUID versionId, UUID proposalId) {
    return record(Stage.SENT, versionId, proposalId);
  }

  public boolean recordReplied(UUID versionId, UUID proposalId) {
    return record(Stage.REPLIED, versionId, proposalId);
  }

  public boolean recordHired(UUID versionId, UUID proposalId) {
    return record(Stage.HIRED, versionId, proposalId);
  }

  /**
   * Takes back a stage a proposal was counted at (a person corrected its outcome, e.g. from HIRED
   * to DECLINED): its row goes and the counters of its version and template go down by one. Taking
   * back a stage that was not counted changes nothing, so callers may retry.
   *
   * @return whether this call took it back
   */
  public boolean retract(Stage stage, UUID versionId, UUID proposalId) {
    if (versions.forgetStage(proposalId, stage.name(), versionId) == 0) {
      return false;
    }
    versions.countVersion(stage.name(), versionId, -1);
    versions.countTemplate(stage.name(), versionId, -1);
    return true;
  }

  /**
   * @throws ProblemException not-found when the current agency has no such version
   */
  public boolean record(Stage stage, UUID versionId, UUID proposalId) {
    if (versions.findById(versionId).isEmpty()) {
      throw ProblemException.notFound("The template version");
    }
    if (versions.recordStage(proposalId, stage.name(), versionId) == 0) {
      return false;
    }
    versions.countVersion(stage.name(), versionId, 1);
    versions.countTemplate(stage.name(), versionId, 1);
    return true;
  }
}
