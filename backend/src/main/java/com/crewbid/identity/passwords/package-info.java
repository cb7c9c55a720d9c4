/**
 * What makes a password acceptable ({@link com.crewbid.identity.passwords.PasswordPolicy}), for the
 * sign-up, reset and change-password flows.
 *
 * <p>Uses nothing of identity's internals.
 */
@NamedInterface("passwords")
package com.crewbid.identity.passwords;

import org.springframework.modulith.NamedInterface;
