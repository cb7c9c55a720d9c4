package com.crewbid.proposals.internal;

import com.crewbid.proposals.templates.PreviewProfiles;
import com.crewbid.shared.UserId;
import com.crewbid.upwork.UpworkProfile;
import com.crewbid.upwork.UpworkProfiles;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A member's imported Upwork profile as templates use it (previews and drafts): their name, skills,
 * and the portfolio as plain text, one project a line ("Title — link").
 */
@Component
class ProfilePreviews implements PreviewProfiles {

  /** Projects a portfolio placeholder lists at most; a cover letter is no catalogue. */
  static final int PORTFOLIO_ITEMS = 3;

  private final UpworkProfiles profiles;

  ProfilePreviews(UpworkProfiles profiles) {
    this.profiles = profiles;
  }

  @Override
  public Optional<Profile> of(UserId member) {
    return profiles.of(member).map(ProfilePreviews::profile);
  }

  static Profile profile(UpworkProfile profile) {
    String portfolio =
        profile.portfolio().stream()
            .filter(item -> item.title() != null && !item.title().isBlank())
            .limit(PORTFOLIO_ITEMS)
            .map(
                item ->
                    item.projectUrl() == null || item.projectUrl().isBlank()
                        ? item.title().strip()
                        : item.title().strip() + " — " + item.projectUrl().strip())
            .collect(Collectors.joining("\n"));
    return new Profile(
        profile.fullName(),
        List.copyOf(profile.skills().stream().filter(Objects::nonNull).toList()),
        portfolio.isEmpty() ? null : portfolio);
  }
}
