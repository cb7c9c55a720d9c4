package com.crewbid.secrets;

/**
 * A secret could not be sealed or opened. The message never carries the secret, the key or the
 * ciphertext; it names only what kind of failure it was.
 */
public class SecretSealingException extends RuntimeException {

  SecretSealingException(String message) {
    super(message);
  }

  SecretSealingException(String message, Throwable cause) {
    super(message, cause);
  }
}
