package com.crewbid.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserRecords extends JpaRepository<UserRecord, UUID> {

  Optional<UserRecord> findByEmailIgnoreCase(String email);

  Page<UserRecord> findByEmailContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(
      String email, String displayName, Pageable pageable);
}
