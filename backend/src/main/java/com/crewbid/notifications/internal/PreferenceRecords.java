package com.crewbid.notifications.internal;

import com.crewbid.tenancy.TenantScopedRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface PreferenceRecords extends TenantScopedRepository<PreferenceRecord, UUID> {

  PreferenceRecord save(PreferenceRecord preference);

  List<PreferenceRecord> findByUserId(UUID userId);

  List<PreferenceRecord> findByTopicAndUserIdIn(String topic, Collection<UUID> userIds);
}
