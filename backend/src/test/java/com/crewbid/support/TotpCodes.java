package com.crewbid.support;

import com.warrenstrange.googleauth.GoogleAuthenticator;

/** Computes the current code for a TOTP secret, as an authenticator app would. */
public final class TotpCodes {

  private TotpCodes() {}

  public static String now(String base32Secret) {
    return String.format("%06d", new GoogleAuthenticator().getTotpPassword(base32Secret));
  }

  public static String at(String base32Secret, long epochMillis) {
    return String.format(
        "%06d", new GoogleAuthenticator().getTotpPassword(base32Secret, epochMillis));
  }
}
