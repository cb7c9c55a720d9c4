package com.crewbid.identity;

import com.crewbid.identity.internal.MembershipRecord;
import com.crewbid.identity.internal.MembershipRecords;
import com.crewbid.identity.internal.UserRecord;
import com.crewbid.identity.internal.UserRecords;
import com.crewbid.identity.passwords.PasswordPolicy;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
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
  private final JdbcClient jdbc;
  private final PasswordPolicy policy;

  UserAccounts(
      UserRecords users,
      MembershipRecords memberships,
      PasswordEncoder passwords,
      JdbcClient jdbc,
      PasswordPolicy policy) {
    this.users = users;
    this.memberships = memberships;
    this.passwords = passwords;
    this.jdbc = jdbc;
    this.policy = policy;
  }

  /**
   * Refuses (400 validation, the problems under {@code field}) a password the policy would refuse
   * anywhere else: someone setting a password for another person is held to the same rules.
   */
  public void requireAcceptablePassword(
      String field, String password, String email, String displayName) {
    List<ProblemException.FieldProblem> problems =
        policy.check(password, email, displayName).stream()
            .map(problem -> new ProblemException.FieldProblem(field, problem.message()))
            .toList();
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, "Choose a stronger password.", problems);
    }
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

  /** The Upwork user id the person signs in with ("Sign in with Upwork"), if they do. */
  @Transactional(readOnly = true)
  public Optional<String> upworkAccountOf(UserId user) {
    return jdbc.sql(
            "select subject from platform.user_identities where provider = 'upwork' and user_id = ?")
        .param(user.value())
        .query(String.class)
        .optional();
  }

  /** The person's e-mail and display name; empty for an unknown person. */
  @Transactional(readOnly = true)
  public Optional<Person> person(UserId user) {
    return users.findById(user.value()).map(u -> new Person(u.id(), u.email(), u.displayName()));
  }

  /** The members of an agency with their roles, in no particular order. */
  @Transactional(readOnly = true)
  public java.util.List<Member> members(TenantId tenant) {
    return memberships.findByTenantId(tenant.value()).stream()
        .flatMap(
            m ->
                users.findById(m.userId().value()).stream()
                    .map(u -> new Member(new Person(u.id(), u.email(), u.displayName()), m.role())))
        .toList();
  }

  /** Whether the person is a member of the agency (in any role). */
  @Transactional(readOnly = true)
  public boolean isMember(TenantId tenant, UserId user) {
    return memberships.findByUserIdAndTenantId(user.value(), tenant.value()).isPresent();
  }

  /** Someone as other modules may show them. */
  public record Person(UserId id, String email, String displayName) {}

  /** A person in their role in one agency. */
  public record Member(Person person, AgencyRole role) {}

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
