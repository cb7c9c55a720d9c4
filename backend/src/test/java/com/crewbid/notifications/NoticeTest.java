package com.crewbid.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.UserId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTest {

  static Notice.Builder approved() {
    return Notice.about(NotificationTopic.PROPOSAL_APPROVED)
        .to(UserId.random())
        .param("jobTitle", "Shop");
  }

  @Test
  void whenANoticeHasNoRecipientsAndNoRoleThenItIsRefused() {
    assertThatThrownBy(() -> Notice.about(NotificationTopic.PROPOSAL_SENT).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            Notice.about(NotificationTopic.PROPOSAL_SENT)
                .toMembersAtLeast(AgencyRole.MANAGER)
                .build()
                .membersAtLeast())
        .isEqualTo(AgencyRole.MANAGER);
  }

  @Test
  void whenTheLinkLeavesTheAppThenTheNoticeIsRefused() {
    for (String link :
        new String[] {
          "https://evil.test/x",
          "//evil.test/x",
          "/\\evil.test",
          "javascript:alert(1)",
          "proposals/1",
          "/proposals/<1>",
          "/a b"
        }) {
      assertThatThrownBy(() -> approved().link(link).build())
          .as(link)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(approved().link("/proposals/3f1c?tab=comments#c-2").build().link())
        .isEqualTo("/proposals/3f1c?tab=comments#c-2");
  }

  @Test
  void whenParametersAreBadlyNamedOrTooManyThenTheNoticeIsRefused() {
    assertThatThrownBy(() -> approved().param("job title", "x").build())
        .isInstanceOf(IllegalArgumentException.class);
    Notice.Builder many = approved();
    for (int i = 0; i < 20; i++) {
      many.param("p" + i, "v");
    }
    assertThatThrownBy(many::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whenAParameterIsVeryLongThenItIsCutNotRefused() {
    Notice notice = approved().param("jobTitle", "x".repeat(2_000)).build();

    assertThat(notice.params().get("jobTitle")).hasSize(Notice.MAX_VALUE_LENGTH).endsWith("…");
  }

  @Test
  void whenATopicIsLookedUpByItsKeyThenItIsFoundAndOnlyThen() {
    for (NotificationTopic topic : NotificationTopic.values()) {
      assertThat(NotificationTopic.byKey(topic.key())).contains(topic);
    }
    assertThat(NotificationTopic.byKey("PROPOSAL_APPROVED")).isEmpty();
    assertThat(NotificationTopic.PROPOSAL_APPROVED.missingIn(Map.of("jobTitle", "x")))
        .containsExactly("actorName");
  }
}
