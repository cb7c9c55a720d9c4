package com.crewbid.proposals.templates;

import com.crewbid.shared.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Where a preview finds the member's Upwork profile (skills, portfolio) to fill {@code skills} and
 * {@code portfolio}: {@code proposals.internal.ProfilePreviews}, over {@code
 * upwork.UpworkProfiles.of(UserId)}; drafts use it too. Without a bean of this type, previews use
 * only the member's name and the sample values.
 */
public interface PreviewProfiles {

  Optional<Profile> of(UserId member);

  /** What a template needs of a member's profile; {@code portfolio} as plain text. */
  record Profile(String name, List<String> skills, String portfolio) {}
}
