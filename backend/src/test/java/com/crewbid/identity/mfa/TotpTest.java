package com.crewbid.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  /** RFC 6238 Appendix B: the seed is ASCII "1234567890" repeated to the hash's block size. */
  static String rfcSeed(Totp.Algorithm algorithm) {
    int length =
        switch (algorithm) {
          case SHA1 -> 20;
          case SHA256 -> 32;
          case SHA512 -> 64;
        };
    String seed = "1234567890".repeat(7).substring(0, length);
    return new Base32().encodeToString(seed.getBytes(StandardCharsets.US_ASCII));
  }

  @ParameterizedTest(name = "{1} at {0}")
  @CsvSource({
    "59, SHA1, 94287082",
    "59, SHA256, 46119246",
    "59, SHA512, 90693936",
    "1111111109, SHA1, 07081804",
    "1111111109, SHA256, 68084774",
    "1111111109, SHA512, 25091201",
    "1111111111, SHA1, 14050471",
    "1111111111, SHA256, 67062674",
    "1111111111, SHA512, 99943326",
    "1234567890, SHA1, 89005924",
    "1234567890, SHA256, 91819424",
    "1234567890, SHA512, 93441116",
    "2000000000, SHA1, 69279037",
    "2000000000, SHA256, 90698825",
    "2000000000, SHA512, 38618901",
    "20000000000, SHA1, 65353130",
    "20000000000, SHA256, 77737706",
    "20000000000, SHA512, 47863826",
  })
  void whenRfc6238VectorIsCheckedThenCodeAndStepMatch(
      long epochSeconds, Totp.Algorithm algorithm, String expected) {
    Totp totp = new Totp(algorithm, 8, Duration.ofSeconds(30));
    String secret = rfcSeed(algorithm);
    Instant at = Instant.ofEpochSecond(epochSeconds);

    assertThat(totp.codeAt(secret, totp.stepAt(at))).isEqualTo(expected);
    assertThat(totp.verify(secret, expected, at, Totp.NEVER_USED))
        .isEqualTo(OptionalLong.of(epochSeconds / 30));
  }

  final Totp totp = new Totp();
  final String secret = totp.newSecret();
  final Instant now = Instant.parse("2026-11-23T10:00:10Z");

  @Test
  void whenSecretIsCreatedThenItIs160BitsOfBase32AndDiffersEachTime() {
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(new Base32().decode(secret)).hasSize(20);
    assertThat(totp.newSecret()).isNotEqualTo(secret);
  }

  @Test
  void whenCurrentCodeIsEnteredThenItIsAcceptedAndItsStepReturned() {
    long step = totp.stepAt(now);

    assertThat(totp.verify(secret, totp.codeAt(secret, step), now, Totp.NEVER_USED))
        .isEqualTo(OptionalLong.of(step));
  }

  @Test
  void whenCodeIsOneStepOffThenDriftIsToleratedButTwoStepsAreNot() {
    long step = totp.stepAt(now);

    assertThat(totp.verify(secret, totp.codeAt(secret, step - 1), now, Totp.NEVER_USED))
        .isEqualTo(OptionalLong.of(step - 1));
    assertThat(totp.verify(secret, totp.codeAt(secret, step + 1), now, Totp.NEVER_USED))
        .isEqualTo(OptionalLong.of(step + 1));
    assertThat(totp.verify(secret, totp.codeAt(secret, step - 2), now, Totp.NEVER_USED)).isEmpty();
    assertThat(totp.verify(secret, totp.codeAt(secret, step + 2), now, Totp.NEVER_USED)).isEmpty();
  }

  @Test
  void whenCodeIsReplayedThenItIsRefused() {
    String code = totp.codeAt(secret, totp.stepAt(now));
    long used = totp.verify(secret, code, now, Totp.NEVER_USED).orElseThrow();

    assertThat(totp.verify(secret, code, now, used)).isEmpty();
    assertThat(totp.verify(secret, code, now.plusSeconds(20), used)).isEmpty();
  }

  @Test
  void whenANewerCodeWasUsedThenAnOlderStepWithinTheWindowIsRefused() {
    long step = totp.stepAt(now);
    long used = totp.verify(secret, totp.codeAt(secret, step), now, Totp.NEVER_USED).orElseThrow();

    assertThat(totp.verify(secret, totp.codeAt(secret, step - 1), now, used)).isEmpty();
    assertThat(totp.verify(secret, totp.codeAt(secret, step + 1), now, used))
        .isEqualTo(OptionalLong.of(step + 1));
  }

  @Test
  void whenCodeIsWrongOrMalformedThenItIsRefused() {
    String code = totp.codeAt(secret, totp.stepAt(now));
    String wrong = String.valueOf((Integer.parseInt(code) + 1) % 1_000_000);

    assertThat(totp.verify(secret, "%06d".formatted(Integer.parseInt(wrong)), now, -1)).isEmpty();
    assertThat(totp.verify(secret, code.substring(1), now, -1)).isEmpty();
    assertThat(totp.verify(secret, "abcdef", now, -1)).isEmpty();
    assertThat(totp.verify(secret, null, now, -1)).isEmpty();
  }

  @Test
  void whenCodeIsTypedWithSpacesAndSecretInLowerCaseThenItIsAccepted() {
    String code = totp.codeAt(secret, totp.stepAt(now));

    assertThat(
            totp.verify(
                secret.toLowerCase(), code.substring(0, 3) + " " + code.substring(3), now, -1))
        .isPresent();
  }
}
