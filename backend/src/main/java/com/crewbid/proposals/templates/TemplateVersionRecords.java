package com.crewbid.proposals.templates;

import com.crewbid.tenancy.TenantScopedRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The current agency's template versions, and the counters of their use. */
public interface TemplateVersionRecords
    extends TenantScopedRepository<TemplateVersionRecord, UUID> {

  TemplateVersionRecord save(TemplateVersionRecord version);

  Optional<TemplateVersionRecord> findById(UUID id);

  Optional<TemplateVersionRecord> findByIdAndTemplateId(UUID id, UUID templateId);

  Optional<TemplateVersionRecord> findByTemplateIdAndNumber(UUID templateId, int number);

  Page<TemplateVersionRecord> findByTemplateId(UUID templateId, Pageable pageable);

  /** Notes that a proposal reached a stage with a version; 0 when it was noted before. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "insert into proposal_template_usage"
              + " (proposal_id, stage, template_id, version_id, recorded_at)"
              + " select :proposalId, :stage, v.template_id, v.id, now()"
              + " from proposal_template_versions v where v.id = :versionId"
              + " on conflict (proposal_id, stage) do nothing",
      nativeQuery = true)
  int recordStage(UUID proposalId, String stage, UUID versionId);

  /** Forgets that a proposal reached a stage with a version; 0 when it was not noted. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "delete from proposal_template_usage"
              + " where proposal_id = :proposalId and stage = :stage and version_id = :versionId",
      nativeQuery = true)
  int forgetStage(UUID proposalId, String stage, UUID versionId);

  /**
   * Moves the counter of {@code :stage} (USED, SENT, REPLIED or HIRED) by {@code :delta} (1 or -1),
   * never below zero.
   */
  String COUNT_STAGE =
      " used_count = greatest(used_count + case when :stage = 'USED' then :delta else 0 end, 0),"
          + " sent_count = greatest(sent_count + case when :stage = 'SENT' then :delta else 0 end, 0),"
          + " replied_count = greatest(replied_count"
          + " + case when :stage = 'REPLIED' then :delta else 0 end, 0),"
          + " hired_count = greatest(hired_count"
          + " + case when :stage = 'HIRED' then :delta else 0 end, 0)";

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value = "update proposal_template_versions set" + COUNT_STAGE + " where id = :versionId",
      nativeQuery = true)
  int countVersion(String stage, UUID versionId, int delta);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update proposal_templates set"
              + COUNT_STAGE
              + " where id = (select template_id from proposal_template_versions where id = :versionId)",
      nativeQuery = true)
  int countTemplate(String stage, UUID versionId, int delta);
}
