package com.crewbid.secrets;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keyset that seals secrets: created on first use, cached in memory, rotated on demand.
 *
 * <p>Several instances of the application share one stored keyset. Each instance re-reads the
 * stored version at most once per refresh interval and reloads the keyset when it changed, so a
 * rotation made by one replica reaches the others within that interval; a ciphertext under a key
 * this instance has not seen yet triggers an immediate reload (see {@link SecretSealer#open}).
 */
public class SecretKeys {

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);
  private static final int ROTATION_ATTEMPTS = 5;

  /** One loaded keyset: the handle (for key ids) and its AEAD primitive. */
  record Keyset(KeysetHandle handle, Aead aead, long version, Instant checkedAt) {

    int primaryKeyId() {
      return handle.getPrimary().getId();
    }

    boolean holdsKey(int keyId) {
      for (int i = 0; i < handle.size(); i++) {
        if (handle.getAt(i).getId() == keyId) {
          return true;
        }
      }
      return false;
    }

    Keyset checkedAt(Instant now) {
      return new Keyset(handle, aead, version, now);
    }
  }

  private final KeysetStore store;
  private final MasterKey masterKey;
  private final String name;
  private final Duration refreshInterval;
  private final Clock clock;
  private volatile Keyset current;

  SecretKeys(
      KeysetStore store, MasterKey masterKey, String name, Duration refreshInterval, Clock clock) {
    this.store = store;
    this.masterKey = masterKey;
    this.name = name;
    this.refreshInterval = refreshInterval;
    this.clock = clock;
  }

  /** The id of the key new secrets are sealed with. */
  public int primaryKeyId() {
    return current().primaryKeyId();
  }

  /**
   * Adds a new AES-256-GCM key and makes it primary; older keys stay so that what they sealed still
   * opens. Safe against a concurrent rotation by another instance (optimistic locking: the loser
   * re-reads and adds its key on top).
   *
   * @return the new primary key's id
   */
  public synchronized int rotate() {
    for (int attempt = 1; attempt <= ROTATION_ATTEMPTS; attempt++) {
      Keyset loaded = reload();
      KeysetHandle rotated = withNewPrimary(loaded.handle());
      if (store.replace(name, encrypt(rotated), loaded.version())) {
        Keyset stored = reload();
        log.info(
            "Secrets: keyset '{}' rotated; new primary key id {} ({} keys)",
            name,
            Integer.toUnsignedString(stored.primaryKeyId()),
            stored.handle().size());
        return stored.primaryKeyId();
      }
    }
    throw new SecretSealingException(
        "The keyset '" + name + "' kept changing during rotation; try again");
  }

  /** The keyset to use now: the cached one, re-checked against the stored version when due. */
  Keyset current() {
    Keyset cached = current;
    Instant now = clock.instant();
    if (cached == null) {
      return reload();
    }
    if (now.isBefore(cached.checkedAt().plus(refreshInterval))) {
      return cached;
    }
    OptionalLong stored = store.version(name);
    if (stored.isPresent() && stored.getAsLong() == cached.version()) {
      current = cached.checkedAt(now);
      return current;
    }
    return reload();
  }

  /** Reads the stored keyset, creating it first if none exists yet. */
  synchronized Keyset reload() {
    KeysetStore.StoredKeyset stored =
        store
            .find(name)
            .orElseGet(
                () -> {
                  if (store.insertIfAbsent(name, encrypt(newKeyset()))) {
                    log.info("Secrets: created keyset '{}'", name);
                  }
                  return store.find(name).orElseThrow();
                });
    current = decrypt(stored);
    return current;
  }

  private Keyset decrypt(KeysetStore.StoredKeyset stored) {
    try {
      KeysetHandle handle =
          TinkProtoKeysetFormat.parseEncryptedKeyset(
              stored.encrypted(), masterKey.aead(), associatedData());
      Aead aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
      return new Keyset(handle, aead, stored.version(), clock.instant());
    } catch (GeneralSecurityException e) {
      throw new SecretSealingException(
          "The stored keyset '"
              + name
              + "' cannot be decrypted with the configured master key"
              + " (was the master key or its file replaced?)");
    }
  }

  private byte[] encrypt(KeysetHandle handle) {
    try {
      return TinkProtoKeysetFormat.serializeEncryptedKeyset(
          handle, masterKey.aead(), associatedData());
    } catch (GeneralSecurityException e) {
      throw new SecretSealingException("Could not encrypt the keyset '" + name + "'", e);
    }
  }

  /** Binds a stored keyset to its name, so a row copied under another name does not decrypt. */
  private byte[] associatedData() {
    return ("crewbid.secrets.keyset:" + name).getBytes(StandardCharsets.UTF_8);
  }

  private static KeysetHandle newKeyset() {
    try {
      return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    } catch (GeneralSecurityException e) {
      throw new SecretSealingException("Could not generate a keyset", e);
    }
  }

  private static KeysetHandle withNewPrimary(KeysetHandle handle) {
    try {
      return KeysetHandle.newBuilder(handle)
          .addEntry(
              KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                  .withRandomId()
                  .makePrimary())
          .build();
    } catch (GeneralSecurityException e) {
      throw new SecretSealingException("Could not add a key to the keyset", e);
    }
  }
}
