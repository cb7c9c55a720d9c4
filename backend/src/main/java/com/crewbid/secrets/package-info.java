/**
 * Secrets: seals secrets at rest (Upwork tokens, TOTP secrets) with Tink AEAD envelope encryption,
 * under a keyset that is itself encrypted by a master key, and rotates that keyset.
 *
 * <p>Public API: {@link com.crewbid.secrets.SecretSealer}, {@link com.crewbid.secrets.SecretKeys},
 * {@link com.crewbid.secrets.SecretRotation}, {@link com.crewbid.secrets.SealedSecretsOwner}.
 * Everything else is package-private.
 *
 * <p>Depends on: shared.
 */
@ApplicationModule(allowedDependencies = "shared")
package com.crewbid.secrets;

import org.springframework.modulith.ApplicationModule;
