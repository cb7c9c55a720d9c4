package com.crewbid.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

  @TempDir Path dir;

  @Test
  void whenNeitherKeyNorFileIsConfiguredThenStartUpFailsWithGuidance() {
    assertThatThrownBy(() -> MasterKey.resolve("", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("crewbid.secrets.master-key")
        .hasMessageContaining("generate-master-key-file");
  }

  @Test
  void whenKeyHasTheWrongLengthThenItIsRefusedWithoutQuotingIt() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> MasterKey.resolve(shortKey, ""))
        .hasMessageContaining("32 bytes")
        .hasMessageNotContaining(shortKey);
    assertThatThrownBy(() -> MasterKey.resolve("%%%secret%%%", ""))
        .hasMessageContaining("not valid base64")
        .hasMessageNotContaining("secret%");
  }

  @Test
  void whenKeyFileIsConfiguredThenOneIsGeneratedOwnerOnlyAndReusedOnTheNextStart()
      throws Exception {
    Path file = dir.resolve("nested/master.key");

    MasterKey first = MasterKey.resolve("", file.toString());
    MasterKey second = MasterKey.resolve("", file.toString());

    assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    byte[] ciphertext = first.aead().encrypt("x".getBytes(StandardCharsets.UTF_8), new byte[0]);
    assertThat(second.aead().decrypt(ciphertext, new byte[0])).isEqualTo("x".getBytes());
    assertThat(Files.list(file.getParent())).containsExactly(file);
  }

  @Test
  void whenKeyIsConfiguredThenTheFileIsIgnored() throws Exception {
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    Path file = dir.resolve("unused.key");

    MasterKey.resolve(key, file.toString());

    assertThat(file).doesNotExist();
  }
}
