package com.crewbid.identity;

import com.crewbid.shared.UserId;
import java.util.List;

/**
 * A person deleted their account (GDPR erasure). Identity has already erased what it holds (the
 * account row is an anonymous tombstone, its Upwork sign-in tokens are gone); a module that keeps
 * data about the person, such as Upwork tokens of its own under the person's Upwork user ids,
 * deletes it on this event. Published synchronously, after identity's transaction committed.
 *
 * @param upworkUserIds the Upwork users the person signed in as
 */
public record AccountDeleted(UserId userId, List<String> upworkUserIds) {

  public AccountDeleted {
    upworkUserIds = List.copyOf(upworkUserIds);
  }
}
