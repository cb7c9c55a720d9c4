package com.crewbid.approvals;

import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.UserId;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may decide under a rule: members holding one of {@code roles} (exactly those roles, so {@code
 * {MANAGER}} leaves owners out), and the named {@code people}. Only current members count, and
 * viewers never decide.
 */
public record Approvers(Set<AgencyRole> roles, Set<UserId> people) {

  public Approvers {
    // Kept in a stable order (roles by rank, people as given), so views and snapshots are too.
    roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    people = Collections.unmodifiableSet(new LinkedHashSet<>(people));
    if (roles.isEmpty() && people.isEmpty()) {
      throw new IllegalArgumentException("A rule names at least one role or person");
    }
    if (roles.contains(AgencyRole.VIEWER)) {
      throw new IllegalArgumentException("Viewers do not decide");
    }
  }

  public static Approvers ofRoles(AgencyRole... roles) {
    return new Approvers(Set.of(roles), Set.of());
  }

  public static Approvers ofPeople(UserId... people) {
    return new Approvers(Set.of(), Set.of(people));
  }

  /** Whether a current member with this role may decide. */
  public boolean admit(UserId member, AgencyRole role) {
    return role != AgencyRole.VIEWER && (roles.contains(role) || people.contains(member));
  }

  /** How many of these current members may decide on a subject of {@code author}. */
  public long countAmong(Collection<AgencyMembers.Member> members, UserId author) {
    return members.stream()
        .filter(m -> !m.userId().equals(author))
        .filter(m -> admit(m.userId(), m.role()))
        .count();
  }
}
