package com.crewbid.secrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ClassUtils;

/**
 * The "rotate the keys and re-encrypt what is stored" command: adds a new primary key, then asks
 * every {@link SealedSecretsOwner} to re-seal its values. One owner failing does not stop the
 * others; the report names it, and running the command again finishes its work (under yet another
 * new key, which is harmless). For an administrator-only API.
 */
public class SecretRotation {

  /** What a rotation did: the new primary key, values re-sealed per owner, owners that failed. */
  public record Report(int primaryKeyId, Map<String, Integer> resealed, List<String> failed) {}

  private static final Logger log = LoggerFactory.getLogger(SecretRotation.class);

  private final SecretKeys keys;
  private final SecretSealer sealer;
  private final ObjectProvider<SealedSecretsOwner> owners;

  SecretRotation(SecretKeys keys, SecretSealer sealer, ObjectProvider<SealedSecretsOwner> owners) {
    this.keys = keys;
    this.sealer = sealer;
    this.owners = owners;
  }

  public Report rotateAndReseal() {
    int primary = keys.rotate();
    Map<String, Integer> resealed = new LinkedHashMap<>();
    List<String> failed = new ArrayList<>();
    owners
        .orderedStream()
        .forEach(
            owner -> {
              String name = ClassUtils.getUserClass(owner).getSimpleName();
              try {
                resealed.put(name, owner.resealAll(sealer));
              } catch (RuntimeException e) {
                // The type only: a message could quote what the owner was handling.
                log.error("Secrets: {} failed to re-seal its values ({})", name, e.getClass());
                failed.add(name);
              }
            });
    log.info("Secrets: rotation done; re-sealed {}; failed {}", resealed, failed);
    return new Report(primary, Map.copyOf(resealed), List.copyOf(failed));
  }
}
