package com.crewbid.proposals.templates;

import com.crewbid.tenancy.TenantScopedRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The current agency's templates. */
public interface TemplateRecords
    extends TenantScopedRepository<TemplateRecord, UUID>, JpaSpecificationExecutor<TemplateRecord> {

  TemplateRecord save(TemplateRecord template);

  TemplateRecord saveAndFlush(TemplateRecord template);

  Optional<TemplateRecord> findById(UUID id);

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

  @Override
  Page<TemplateRecord> findAll(Specification<TemplateRecord> spec, Pageable pageable);

  @Query(
      "select distinct t.category from TemplateRecord t where t.category is not null"
          + " order by t.category")
  List<String> categories();

  @Query(
      value = "select distinct unnest(tags) as tag from proposal_templates order by tag",
      nativeQuery = true)
  List<String> tags();

  /** Names of the templates whose current version uses the variable. */
  @Query(
      value =
          "select t.name from proposal_templates t join proposal_template_versions v"
              + " on v.id = t.current_version_id where :key = any(v.variables) order by t.name",
      nativeQuery = true)
  List<String> namesUsingVariable(String key);
}
