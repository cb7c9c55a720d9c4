package com.crewbid.identity.internal;

import com.crewbid.tenancy.TenantScopedRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The current tenant's audit log. Only appends and reads: there is no update or delete. */
public interface AuditEvents
    extends TenantScopedRepository<AuditEventRecord, UUID>,
        JpaSpecificationExecutor<AuditEventRecord> {

  AuditEventRecord save(AuditEventRecord event);

  Optional<AuditEventRecord> findById(UUID id);

  Page<AuditEventRecord> findAll(Pageable pageable);

  List<AuditEventRecord> findByAction(String action);

  long count();
}
