package com.crewbid.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.UserId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may decide under a rule: by role, by name, never viewers, never the author. */
class ApproversTest {

  final UserId olena = UserId.random();
  final UserId mateo = UserId.random();

  @Test
  void whenRuleNamesRolesThenExactlyMembersWithThoseRolesAreAdmitted() {
    Approvers managers = Approvers.ofRoles(AgencyRole.MANAGER);

    assertThat(managers.admit(olena, AgencyRole.MANAGER)).isTrue();
    assertThat(managers.admit(olena, AgencyRole.FREELANCER)).isFalse();
    // Roles are a set to choose from, not a minimum: an owner is admitted only when named.
    assertThat(managers.admit(olena, AgencyRole.OWNER)).isFalse();
  }

  @Test
  void whenRuleNamesAPersonThenThatPersonIsAdmittedWhateverTheirRole() {
    Approvers named = new Approvers(Set.of(AgencyRole.OWNER), Set.of(mateo));

    assertThat(named.admit(mateo, AgencyRole.FREELANCER)).isTrue();
    assertThat(named.admit(olena, AgencyRole.FREELANCER)).isFalse();
    assertThat(named.admit(olena, AgencyRole.OWNER)).isTrue();
  }

  @Test
  void whenAMemberIsAViewerThenTheyAreNeverAdmitted() {
    Approvers named = Approvers.ofPeople(mateo);

    assertThat(named.admit(mateo, AgencyRole.VIEWER)).isFalse();
    assertThatThrownBy(() -> Approvers.ofRoles(AgencyRole.VIEWER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whenCountingApproversForASubjectThenItsAuthorDoesNotCount() {
    Approvers ownersAndManagers = Approvers.ofRoles(AgencyRole.OWNER, AgencyRole.MANAGER);
    List<AgencyMembers.Member> team =
        List.of(
            member(olena, AgencyRole.OWNER),
            member(mateo, AgencyRole.MANAGER),
            member(UserId.random(), AgencyRole.FREELANCER),
            member(UserId.random(), AgencyRole.VIEWER));

    assertThat(ownersAndManagers.countAmong(team, UserId.random())).isEqualTo(2);
    assertThat(ownersAndManagers.countAmong(team, mateo)).isEqualTo(1);
  }

  static AgencyMembers.Member member(UserId id, AgencyRole role) {
    return new AgencyMembers.Member(id, id + "@test", "Member " + role, role);
  }
}
