package com.crewbid.notifications.internal;

import com.crewbid.tenancy.TenantScopedRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRecords extends TenantScopedRepository<NotificationRecord, UUID> {

  NotificationRecord save(NotificationRecord notification);

  Optional<NotificationRecord> findById(UUID id);

  Optional<NotificationRecord> findByIdAndRecipientId(UUID id, UUID recipientId);

  Page<NotificationRecord> findByRecipientId(UUID recipientId, Pageable pageable);

  Page<NotificationRecord> findByRecipientIdAndReadAtIsNull(UUID recipientId, Pageable pageable);

  long countByRecipientIdAndReadAtIsNull(UUID recipientId);

  @Modifying
  @Query(
      "update NotificationRecord n set n.readAt = :now"
          + " where n.recipientId = :recipientId and n.readAt is null")
  int markAllRead(UUID recipientId, Instant now);
}
