package com.crewbid.identity;

import com.crewbid.identity.internal.MembershipRecord;
import com.crewbid.identity.internal.MembershipRecords;
import com.crewbid.identity.internal.UserRecord;
import com.crewbid.identity.internal.UserRecords;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates people and their memberships; passwords are stored only as strong hashes. */
@Service
@Transactional
public class UserAccounts {

  private final UserRecords users;
  private final MembershipRecords memberships;
  private final PasswordEncoder passwords;

  UserAccounts(UserRecords users, MembershipRecords memberships, PasswordEncoder passwords) {
    this.users = users;
    this.memberships = memberships;
    this.passwords = passwords;
  }

  @Transactional(readOnly = true)
  public boolean emailTaken(String email) {
    return users.findByEmailIgnoreCase(email).isPresent();
  }

  /** Creates a new person as the first owner of an agency. */
  public UserId createOwner(TenantId tenant, String email, String displayName, String password) {
    return createMember(tenant, email, displayName, password, AgencyRole.OWNER);
  }

  /** Creates a person with a verified e-mail and a password, as a member of an agency. */
  public UserId createMember(
      TenantId tenant, String email, String displayName, String password, AgencyRole role) {
    UserRecord user = users.save(UserRecord.member(email, displayName, passwords.encode(password)));
    user.verifyEmail();
    memberships.save(MembershipRecord.of(user.id(), tenant, role));
    return user.id();
  }

  /** Adds an existing person to an agency, or changes nothing if they are already a member. */
  public void addMember(TenantId tenant, UserId user, AgencyRole role) {
    if (memberships.findByUserIdAndTenantId(user.value(), tenant.value()).isEmpty()) {
      memberships.save(MembershipRecord.of(user, tenant, role));
    }
  }

  /** Ensures the configured platform admin exists; an existing account keeps its password. */
  public boolean ensurePlatformAdmin(String email, String displayName, String password) {
    Optional<UserRecord> existing = users.findByEmailIgnoreCase(email);
    if (existing.isPresent()) {
      existing.get().makePlatformAdmin();
      return false;
    }
    users.save(UserRecord.platformAdmin(email, displayName, passwords.encode(password)));
    return true;
  }

  @Transactional(readOnly = true)
  public Optional<String> ownerEmailOf(TenantId tenant) {
    return memberships
        .findFirstByTenantIdAndRoleOrderByCreatedAtAsc(tenant.value(), AgencyRole.OWNER)
        .flatMap(m -> users.findById(m.userId().value()))
        .map(UserRecord::email);
  }

  /** The name a person goes by, for greetings and signatures (e.g. a template's member name). */
  @Transactional(readOnly = true)
  public Optional<String> displayNameOf(UserId user) {
    return users.findById(user.value()).map(UserRecord::displayName);
  }
}
