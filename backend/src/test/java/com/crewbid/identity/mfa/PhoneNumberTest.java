package com.crewbid.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @Test
  void whenTypedWithSeparatorsThenTheyAreDropped() {
    assertThat(PhoneNumber.parse(" +380 (67) 123-45.67 "))
        .contains(new PhoneNumber("+380671234567"));
  }

  @Test
  void whenNotE164ThenItIsRefused() {
    assertThat(PhoneNumber.parse("0671234567")).isEmpty();
    assertThat(PhoneNumber.parse("+0671234567")).isEmpty();
    assertThat(PhoneNumber.parse("+1234567")).isEmpty();
    assertThat(PhoneNumber.parse("+1234567890123456")).isEmpty();
    assertThat(PhoneNumber.parse("+38067123456a")).isEmpty();
    assertThat(PhoneNumber.parse(null)).isEmpty();
    assertThatThrownBy(() -> new PhoneNumber("380671234567"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whenMaskedThenOnlyThePrefixAndTheLastTwoDigitsShow() {
    assertThat(new PhoneNumber("+380671234567").masked()).isEqualTo("+38067•••••67");
    assertThat(new PhoneNumber("+12345678").masked()).isEqualTo("+123•••78");
    assertThat(new PhoneNumber("+380671234567").toString()).doesNotContain("1234");
  }
}
