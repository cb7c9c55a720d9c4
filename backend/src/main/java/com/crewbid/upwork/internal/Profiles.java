package com.crewbid.upwork.internal;

import com.crewbid.shared.UserId;
import com.crewbid.upwork.UpworkProfile;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores and reads the members' imported Upwork profiles in the current agency. */
@Service
public class Profiles {

  private final UpworkProfileRecords profiles;

  Profiles(UpworkProfileRecords profiles) {
    this.profiles = profiles;
  }

  @Transactional(readOnly = true)
  public Optional<UpworkProfile> of(UserId member) {
    return profiles.findById(member.value()).map(UpworkProfileRecord::view);
  }

  /** Replaces the member's profile with a fresh import, all of it or nothing. */
  @Transactional
  public void store(UpworkProfile imported) {
    UpworkProfileRecord profile =
        profiles
            .findById(imported.member().value())
            .orElseGet(() -> UpworkProfileRecord.of(imported.member()));
    profile.replaceWith(imported);
    profiles.saveAndFlush(profile);
  }
}
