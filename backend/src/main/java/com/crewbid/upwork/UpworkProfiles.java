package com.crewbid.upwork;

import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantContext;
import com.crewbid.upwork.internal.Profiles;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The members' Upwork profiles as last imported into the current agency (title, overview, skills,
 * hourly rate, portfolio, work history), for proposals and drafting to build on. A profile stays as
 * it was when a later import fails.
 */
@Service
public class UpworkProfiles {

  private final Profiles profiles;

  UpworkProfiles(Profiles profiles) {
    this.profiles = profiles;
  }

  /**
   * The member's imported profile in the current agency; empty until their first import succeeded.
   *
   * @throws com.crewbid.tenancy.MissingTenantException outside an agency
   */
  public Optional<UpworkProfile> of(UserId member) {
    TenantContext.require("UpworkProfiles.of");
    return profiles.of(member);
  }
}
