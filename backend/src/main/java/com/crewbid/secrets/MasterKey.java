package com.crewbid.secrets;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * The key that encrypts the keysets (the "key encryption key"). It never encrypts secrets itself.
 *
 * <p>It is 32 random bytes used directly as a Tink {@link AesGcmKey} (AES-256-GCM, no output
 * prefix): a single key needs no keyset around it, and the value an operator configures stays a
 * plain {@code openssl rand -base64 32}. Rotating it means re-encrypting the keyset rows, which are
 * few; rotating the keyset (see {@link SecretKeys#rotate()}) is the everyday operation.
 *
 * <p>Where it comes from, in order: {@code crewbid.secrets.master-key}; otherwise the file named by
 * {@code crewbid.secrets.generate-master-key-file}, created with owner-only permissions on first
 * start (demo and tests); otherwise start-up fails. A cloud KMS would slot in here as another
 * {@link Aead}.
 */
final class MasterKey {

  static final int KEY_BYTES = 32;
  private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

  private final Aead aead;

  private MasterKey(byte[] keyBytes) {
    try {
      AesGcmParameters parameters =
          AesGcmParameters.builder()
              .setKeySizeBytes(KEY_BYTES)
              .setIvSizeBytes(12)
              .setTagSizeBytes(16)
              .setVariant(AesGcmParameters.Variant.NO_PREFIX)
              .build();
      AesGcmKey key =
          AesGcmKey.builder()
              .setParameters(parameters)
              .setKeyBytes(SecretBytes.copyFrom(keyBytes, InsecureSecretKeyAccess.get()))
              .build();
      this.aead = AesGcmJce.create(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The master key could not be turned into an AES-GCM key", e);
    }
  }

  Aead aead() {
    return aead;
  }

  static MasterKey of(byte[] keyBytes) {
    if (keyBytes.length != KEY_BYTES) {
      throw new IllegalStateException(
          "The master key must be " + KEY_BYTES + " bytes, base64-encoded; it has a wrong length");
    }
    return new MasterKey(keyBytes);
  }

  static MasterKey resolve(String configuredKey, String generatedKeyFile) {
    if (StringUtils.hasText(configuredKey)) {
      log.info("Secrets: master key from configuration (crewbid.secrets.master-key)");
      return of(decode(configuredKey, "crewbid.secrets.master-key"));
    }
    if (StringUtils.hasText(generatedKeyFile)) {
      Path file = Path.of(generatedKeyFile).toAbsolutePath();
      MasterKey key = of(decode(readOrCreate(file), file.toString()));
      log.info("Secrets: master key from the generated file {} (keep it; back it up)", file);
      return key;
    }
    throw new IllegalStateException(
        "No master key for sealing secrets. Set crewbid.secrets.master-key (CREWBID_SECRETS_MASTER_KEY)"
            + " to the base64 of 32 random bytes, e.g. the output of `openssl rand -base64 32`;"
            + " for a demo or a test, set crewbid.secrets.generate-master-key-file to a path instead.");
  }

  private static byte[] decode(String base64, String source) {
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      // Deliberately without the cause: its message can quote the offending characters.
      throw new IllegalStateException("The master key in " + source + " is not valid base64");
    }
  }

  private static String readOrCreate(Path file) {
    try {
      Optional<String> existing = read(file);
      if (existing.isPresent()) {
        return existing.get();
      }
      Files.createDirectories(file.getParent());
      byte[] key = new byte[KEY_BYTES];
      new SecureRandom().nextBytes(key);
      String encoded = Base64.getEncoder().encodeToString(key);
      // Written beside the target, then hard-linked into place: linking fails if the file exists,
      // so two processes starting at once cannot overwrite each other's key.
      Path temporary = Files.createTempFile(file.getParent(), ".master", ".key", ownerOnly());
      try {
        Files.writeString(temporary, encoded + "\n", StandardCharsets.US_ASCII);
        Files.createLink(file, temporary);
        log.info("Secrets: generated a new master key in {}", file);
        return encoded;
      } catch (FileAlreadyExistsException raced) {
        return read(file).orElseThrow();
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or create the master key file " + file, e);
    }
  }

  private static Optional<String> read(Path file) throws IOException {
    return Files.exists(file)
        ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip())
        : Optional.empty();
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
    };
  }
}
