package com.crewbid.secrets;

/**
 * Implemented by a module that stores sealed values (a column of tokens, of TOTP secrets), so that
 * a key rotation can re-encrypt them: {@link SecretRotation} calls every such bean after rotating.
 */
public interface SealedSecretsOwner {

  /**
   * Re-seals, with {@link SecretSealer#reseal}, every stored value for which {@link
   * SecretSealer#needsReseal} is true, and saves them. Must be idempotent: a rotation interrupted
   * half-way is finished by running it again.
   *
   * @return how many values were re-sealed
   */
  int resealAll(SecretSealer sealer);
}
