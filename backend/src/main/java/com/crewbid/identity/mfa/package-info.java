/**
 * Second factors, as building blocks for the sign-in and account flows: RFC 6238 time-based
 * one-time passwords ({@link com.crewbid.identity.mfa.Totp}), their {@code otpauth://} enrolment
 * URI and QR code, and single-use backup codes. Stateless: callers store the (sealed) secret, the
 * last used step and the backup code hashes.
 *
 * <p>Uses nothing of identity's internals.
 */
@NamedInterface("mfa")
package com.crewbid.identity.mfa;

import org.springframework.modulith.NamedInterface;
