package com.crewbid.identity.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SmsPhoneRecords extends JpaRepository<SmsPhoneRecord, UUID> {}
