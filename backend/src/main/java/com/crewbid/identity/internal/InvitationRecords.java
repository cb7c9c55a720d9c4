package com.crewbid.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationRecords extends JpaRepository<InvitationRecord, UUID> {

  Optional<InvitationRecord> findByTokenHash(String tokenHash);

  List<InvitationRecord> findByTenantIdOrderByCreatedAtDesc(UUID tenantId);

  Optional<InvitationRecord> findByIdAndTenantId(UUID id, UUID tenantId);

  List<InvitationRecord> findByTenantIdAndEmailIgnoreCaseAndAcceptedAtIsNullAndRevokedAtIsNull(
      UUID tenantId, String email);
}
