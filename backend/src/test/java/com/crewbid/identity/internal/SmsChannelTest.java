package com.crewbid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.identity.mfa.SmsGateway;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * When the SMS channel is not offered (the default), it answers 404 and asks nothing at sign-in.
 */
class SmsChannelTest {

  private static final UserId USER = UserId.of(UUID.randomUUID());

  @Test
  void whenDisabledThenEveryUseIsNotFoundEvenWithAGateway() {
    SmsChannel channel = channel(false, (to, text) -> {});

    assertThat(channel.offered()).isFalse();
    assertThat(channel.usableAtSignIn(USER)).isFalse();
    assertNotOffered(() -> channel.start(USER, "+380671234567"));
    assertNotOffered(() -> channel.sendSignInCode(USER));
  }

  @Test
  void whenEnabledWithoutAGatewayThenItIsNotOffered() {
    SmsChannel channel = channel(true, null);

    assertThat(channel.offered()).isFalse();
    assertNotOffered(() -> channel.confirm(USER, "123456"));
  }

  private static SmsChannel channel(boolean enabled, SmsGateway gateway) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (gateway != null) {
      beans.addBean("gateway", gateway);
    }
    return new SmsChannel(enabled, beans.getBeanProvider(SmsGateway.class), null, null, null);
  }

  private static void assertNotOffered(Runnable use) {
    assertThatThrownBy(use::run)
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND))
        .hasMessage("SMS is not offered.");
  }
}
