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
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to the current agency ({@link TenantContext}), for modules that address people by
 * role or by name, such as notifications. Works without a request (schedulers, listeners).
 */
@Service
public class AgencyMembers {

  /** A member of the agency as other modules may know them. */
  public record Member(UserId userId, String email, String displayName, AgencyRole role) {}

  private final MembershipRecords memberships;
  private final UserRecords users;

  AgencyMembers(MembershipRecords memberships, UserRecords users) {
    this.memberships = memberships;
    this.users = users;
  }

  /** Every member of the current agency, highest role first. */
  @Transactional(readOnly = true)
  public List<Member> ofCurrentAgency() {
    TenantId tenant = TenantContext.require("AgencyMembers.ofCurrentAgency").id();
    List<MembershipRecord> members = memberships.findByTenantId(tenant.value());
    Map<UUID, UserRecord> people =
        users.findAllById(members.stream().map(m -> m.userId().value()).toList()).stream()
            .collect(Collectors.toMap(u -> u.id().value(), Function.identity()));
    return members.stream()
        .filter(m -> people.containsKey(m.userId().value()))
        .map(
            m -> {
              UserRecord user = people.get(m.userId().value());
              return new Member(user.id(), user.email(), user.displayName(), m.role());
            })
        .sorted(Comparator.comparing(Member::role).reversed().thenComparing(Member::email))
        .toList();
  }
}
