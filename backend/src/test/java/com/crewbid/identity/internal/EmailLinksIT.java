package com.crewbid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.MutableClock;
import com.crewbid.support.TestAgencies;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reset links live 30 minutes and verification links 24 hours, on a clock the test moves. */
@IntegrationTest
class EmailLinksIT {

  @Autowired JdbcClient jdbc;
  @Autowired TestAgencies agencies;
  @Autowired UserRecords users;

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

  UserId someone() {
    return users.findByEmailIgnoreCase(agencies.register("links").ownerEmail()).orElseThrow().id();
  }

  @Test
  void whenHalfAnHourHasPassedThenAResetLinkNoLongerWorks() {
    EmailLinks links = new EmailLinks(jdbc, clock);
    UserId user = someone();
    String fresh = links.issue(user, EmailLinks.Purpose.RESET_PASSWORD);
    clock.advance(Duration.ofMinutes(29));
    assertThat(links.redeem(fresh, EmailLinks.Purpose.RESET_PASSWORD)).isEqualTo(user);

    String stale = links.issue(user, EmailLinks.Purpose.RESET_PASSWORD);
    clock.advance(Duration.ofMinutes(31));

    assertThatThrownBy(() -> links.redeem(stale, EmailLinks.Purpose.RESET_PASSWORD))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.LINK_EXPIRED));
  }

  @Test
  void whenANewLinkIsIssuedThenTheOlderOneStopsWorkingAndPurposesDoNotMix() {
    EmailLinks links = new EmailLinks(jdbc, clock);
    UserId user = someone();
    String first = links.issue(user, EmailLinks.Purpose.VERIFY_EMAIL);
    String second = links.issue(user, EmailLinks.Purpose.VERIFY_EMAIL);

    assertThatThrownBy(() -> links.redeem(first, EmailLinks.Purpose.VERIFY_EMAIL))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> links.redeem(second, EmailLinks.Purpose.RESET_PASSWORD))
        .isInstanceOf(ProblemException.class);
    clock.advance(Duration.ofHours(23));
    assertThat(links.redeem(second, EmailLinks.Purpose.VERIFY_EMAIL)).isEqualTo(user);
  }
}
