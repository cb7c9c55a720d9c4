package com.crewbid.tenancy.internal;

import com.crewbid.tenancy.TenantStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantRecords extends JpaRepository<TenantRecord, UUID> {

  boolean existsBySlug(String slug);

  Optional<TenantRecord> findBySlug(String slug);

  Page<TenantRecord> findByStatus(TenantStatus status, Pageable pageable);
}
