package com.crewbid.identity;

import com.crewbid.identity.internal.MembershipRecord;
import com.crewbid.identity.internal.MembershipRecords;
import com.crewbid.identity.internal.UserRecord;
import com.crewbid.identity.internal.UserRecords;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to an agency now, with which role: for modules that decide by membership (approvers
 * must be current members) or address people by role or by name (notifications). Someone who left
 * is simply not found. Works without a request (schedulers, listeners).
 */
@Service
public class AgencyMembers {

  /** A current member of an agency. */
  public record Member(UserId userId, String email, String displayName, AgencyRole role) {

    /** The display name, or the e-mail for people without one. */
    public String name() {
      return displayName == null || displayName.isBlank() ? email : displayName;
    }
  }

  private final MembershipRecords memberships;
  private final UserRecords users;

  AgencyMembers(MembershipRecords memberships, UserRecords users) {
    this.memberships = memberships;
    this.users = users;
  }

  @Transactional(readOnly = true)
  public List<Member> of(TenantId tenant) {
    List<MembershipRecord> all = memberships.findByTenantId(tenant.value());
    Map<UUID, UserRecord> people =
        users.findAllById(all.stream().map(m -> m.userId().value()).toList()).stream()
            .collect(Collectors.toMap(u -> u.id().value(), Function.identity()));
    return all.stream()
        .filter(m -> people.containsKey(m.userId().value()))
        .map(m -> member(m, people.get(m.userId().value())))
        .toList();
  }

  /** Every member of the current agency ({@link TenantContext}), highest role first. */
  @Transactional(readOnly = true)
  public List<Member> ofCurrentAgency() {
    TenantId tenant = TenantContext.require("AgencyMembers.ofCurrentAgency").id();
    return of(tenant).stream()
        .sorted(Comparator.comparing(Member::role).reversed().thenComparing(Member::email))
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<Member> find(TenantId tenant, UserId user) {
    return memberships
        .findByUserIdAndTenantId(user.value(), tenant.value())
        .flatMap(m -> users.findById(user.value()).map(u -> member(m, u)));
  }

  private static Member member(MembershipRecord membership, UserRecord user) {
    return new Member(user.id(), user.email(), user.displayName(), membership.role());
  }
}
