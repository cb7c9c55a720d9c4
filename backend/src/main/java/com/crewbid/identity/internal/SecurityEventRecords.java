package com.crewbid.identity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** The platform's security log. Only appends and reads: there is no update or delete. */
interface SecurityEventRecords
    extends Repository<SecurityEventRecord, UUID>, JpaSpecificationExecutor<SecurityEventRecord> {

  SecurityEventRecord save(SecurityEventRecord event);

  List<SecurityEventRecord> findBySubjectUserIdOrderByOccurredAtDesc(UUID subjectUserId);
}
