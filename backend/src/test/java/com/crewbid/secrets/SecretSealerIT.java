package com.crewbid.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.support.IntegrationTest;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sealing against the real keyset table. Each test works on a keyset of its own name, so rotations
 * here do not touch the application's keyset; two sealers over one database stand for two replicas.
 */
@IntegrationTest
class SecretSealerIT {

  static final String AD = "upwork-token:tenant-1:user-1";

  @Autowired DataSource dataSource;
  @Autowired MasterKey masterKey;
  @Autowired SecretSealer applicationSealer;

  String keysetName;
  SecretKeys keys;
  SecretSealer sealer;

  @BeforeEach
  void ownKeyset() {
    keysetName = "test-" + UUID.randomUUID();
    keys = keysOver(keysetName, Duration.ofMinutes(5));
    sealer = new SecretSealer(keys);
  }

  SecretKeys keysOver(String name, Duration refreshInterval) {
    return new SecretKeys(
        new KeysetStore(dataSource), masterKey, name, refreshInterval, Clock.systemUTC());
  }

  @Test
  void whenSealedThenItOpensWithTheSameAssociatedData() {
    String sealed = sealer.sealText("refresh-token-value", AD);

    assertThat(sealed).doesNotContain("refresh-token-value");
    assertThat(sealer.openText(sealed, AD)).isEqualTo("refresh-token-value");
    assertThat(sealer.open(sealer.seal(new byte[] {0, 1, 2, (byte) 255}, AD), AD))
        .containsExactly(0, 1, 2, 255);
  }

  @Test
  void whenTheApplicationsSealerIsUsedThenItRoundTrips() {
    String sealed = applicationSealer.sealText("totp-secret", AD);

    assertThat(applicationSealer.openText(sealed, AD)).isEqualTo("totp-secret");
  }

  @Test
  void whenSealingTheSameSecretTwiceThenTheCiphertextsDiffer() {
    assertThat(sealer.sealText("same", AD)).isNotEqualTo(sealer.sealText("same", AD));
  }

  @Test
  void whenAssociatedDataDiffersThenOpeningFailsWithoutLeakingTheSecret() {
    String sealed = sealer.sealText("refresh-token-value", AD);

    assertThatThrownBy(() -> sealer.open(sealed, "upwork-token:tenant-2:user-1"))
        .isInstanceOf(SecretSealingException.class)
        .hasMessageContaining("associated data")
        .hasMessageNotContaining("refresh-token-value")
        .hasMessageNotContaining(sealed);
  }

  @Test
  void whenCiphertextIsTamperedThenOpeningFails() {
    byte[] bytes = Base64.getDecoder().decode(sealer.sealText("refresh-token-value", AD));
    bytes[bytes.length - 3] ^= 0x01;
    String tampered = Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> sealer.open(tampered, AD))
        .isInstanceOf(SecretSealingException.class)
        .hasMessageContaining("altered");
  }

  @Test
  void whenValueIsNotASealedSecretThenOpeningFailsClearly() {
    assertThatThrownBy(() -> sealer.open("not base64 !", AD))
        .isInstanceOf(SecretSealingException.class)
        .hasMessageContaining("Not a sealed secret");
    assertThatThrownBy(() -> sealer.open("AAAA", AD))
        .isInstanceOf(SecretSealingException.class)
        .hasMessageContaining("Not a sealed secret");
  }

  @Test
  void whenKeysetIsStoredThenTheDatabaseHoldsNeitherKeysNorPlaintext() {
    String plaintext = "plaintext-that-must-not-be-stored-" + UUID.randomUUID();
    sealer.sealText(plaintext, AD);
    byte[] keyMaterial =
        ((AesGcmKey) keys.current().handle().getPrimary().getKey())
            .getKeyBytes()
            .toByteArray(InsecureSecretKeyAccess.get());

    List<byte[]> stored =
        JdbcClient.create(dataSource)
            .sql("select encrypted_keyset from platform.secret_keysets")
            .query(byte[].class)
            .list();

    assertThat(stored).isNotEmpty();
    for (byte[] row : stored) {
      assertThat(indexOf(row, plaintext.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
      assertThat(indexOf(row, keyMaterial)).isEqualTo(-1);
      assertThatThrownBy(
              () -> TinkProtoKeysetFormat.parseKeyset(row, InsecureSecretKeyAccess.get()))
          .as("a stored keyset must not parse as a cleartext keyset")
          .isInstanceOf(Exception.class);
    }
  }

  @Test
  void whenRotatedThenOldCiphertextsOpenNewOnesUseTheNewKeyAndOldOnesNeedResealing() {
    String old = sealer.sealText("before rotation", AD);
    int oldPrimary = keys.primaryKeyId();

    int newPrimary = keys.rotate();
    String fresh = sealer.sealText("after rotation", AD);

    assertThat(newPrimary).isNotEqualTo(oldPrimary);
    assertThat(keys.current().handle().size()).isEqualTo(2);
    assertThat(sealer.openText(old, AD)).isEqualTo("before rotation");
    assertThat(sealer.needsReseal(old)).isTrue();
    assertThat(sealer.needsReseal(fresh)).isFalse();
    String resealed = sealer.reseal(old, AD);
    assertThat(sealer.needsReseal(resealed)).isFalse();
    assertThat(sealer.openText(resealed, AD)).isEqualTo("before rotation");
    assertThat(sealer.reseal(fresh, AD)).isEqualTo(fresh);
  }

  @Test
  void whenASecondInstanceSharesTheDatabaseThenItOpensWhatTheFirstSealedAndSeesRotations() {
    String sealedByFirst = sealer.sealText("shared secret", AD);
    SecretKeys otherKeys = keysOver(keysetName, Duration.ZERO);
    SecretSealer other = new SecretSealer(otherKeys);

    assertThat(other.openText(sealedByFirst, AD)).isEqualTo("shared secret");
    assertThat(otherKeys.primaryKeyId()).isEqualTo(keys.primaryKeyId());

    keys.rotate();
    String sealedAfterRotation = sealer.sealText("rotated secret", AD);

    assertThat(other.openText(sealedAfterRotation, AD)).isEqualTo("rotated secret");
    assertThat(other.needsReseal(sealedByFirst)).isTrue();
    assertThat(otherKeys.primaryKeyId()).isEqualTo(keys.primaryKeyId());
    assertThat(sealer.openText(other.sealText("sealed by the second", AD), AD))
        .isEqualTo("sealed by the second");
  }

  @Test
  void whenASecondInstanceRotatesThenTheFirstOpensItsNewCiphertextsAtOnce() {
    SecretKeys otherKeys = keysOver(keysetName, Duration.ZERO);
    SecretSealer other = new SecretSealer(otherKeys);
    sealer.sealText("warm the cache", AD);

    otherKeys.rotate();
    String sealedUnderUnseenKey = other.sealText("from the other replica", AD);

    assertThat(sealer.openText(sealedUnderUnseenKey, AD)).isEqualTo("from the other replica");
  }

  @Test
  void whenTwoInstancesRotateThenNeitherRotationIsLost() {
    SecretKeys otherKeys = keysOver(keysetName, Duration.ZERO);
    keys.primaryKeyId();
    otherKeys.primaryKeyId();

    keys.rotate();
    otherKeys.rotate();

    assertThat(keysOver(keysetName, Duration.ZERO).current().handle().size()).isEqualTo(3);
  }

  @Test
  void whenRotationRunsThenEveryOwnerReSealsItsValuesAndAFailingOwnerIsReported() {
    StoredTokens tokens = new StoredTokens(sealer.sealText("a", AD), sealer.sealText("b", AD));
    SealedSecretsOwner broken =
        ignored -> {
          throw new IllegalStateException("database down");
        };
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("broken", broken);
    beans.addBean("tokens", tokens);
    SecretRotation rotation =
        new SecretRotation(keys, sealer, beans.getBeanProvider(SealedSecretsOwner.class));

    SecretRotation.Report report = rotation.rotateAndReseal();

    assertThat(report.primaryKeyId()).isEqualTo(keys.primaryKeyId());
    assertThat(report.resealed()).containsEntry("StoredTokens", 2);
    assertThat(report.failed()).hasSize(1);
    assertThat(tokens.values).noneMatch(sealer::needsReseal);
    assertThat(tokens.values).map(v -> sealer.openText(v, AD)).containsExactly("a", "b");
    assertThat(rotation.rotateAndReseal().resealed()).containsEntry("StoredTokens", 2);
  }

  /** Stands for a module's column of sealed tokens. */
  static class StoredTokens implements SealedSecretsOwner {
    final List<String> values;

    StoredTokens(String... values) {
      this.values = new ArrayList<>(List.of(values));
    }

    @Override
    public int resealAll(SecretSealer sealer) {
      int resealed = 0;
      for (int i = 0; i < values.size(); i++) {
        if (sealer.needsReseal(values.get(i))) {
          values.set(i, sealer.reseal(values.get(i), AD));
          resealed++;
        }
      }
      return resealed;
    }
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
