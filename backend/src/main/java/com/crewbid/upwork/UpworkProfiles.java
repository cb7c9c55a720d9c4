package com.crewbid.upwork;

import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantContext;
import com.crewbid.upwork.internal.ProfileSync;
import com.crewbid.upwork.internal.Profiles;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The members' Upwork profiles as last imported into the current agency (title, overview, skills,
 * hourly rate, portfolio, work history), for proposals and drafting to build on. A profile stays as
 * it was when a later import fails, but, being Upwork content, for at most 24 hours after its
 * import: a profile in use is imported again in the background once it is 20 hours old, and one
 * older than 24 hours is not shown (and purged). Unlinking deletes it.
 */
@Service
public class UpworkProfiles {

  private final Profiles profiles;
  private final ProfileSync sync;

  UpworkProfiles(Profiles profiles, ProfileSync sync) {
    this.profiles = profiles;
    this.sync = sync;
  }

  /**
   * The member's imported profile in the current agency; empty until their first import succeeded
   * and once it is older than 24 hours. Asking for it starts a background re-import when it is
   * getting old (or was purged) and the member's link works.
   *
   * @throws com.crewbid.tenancy.MissingTenantException outside an agency
   */
  public Optional<UpworkProfile> of(UserId member) {
    TenantContext.require("UpworkProfiles.of");
    sync.refreshIfStale(member);
    return profiles.of(member);
  }
}
