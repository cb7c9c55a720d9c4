package com.crewbid.identity.mfa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The {@code otpauth://totp/...} URI that authenticator apps read from a QR code (Google's "Key Uri
 * Format"): the label is {@code issuer:account}, every part percent-encoded (spaces as {@code %20},
 * never {@code +}, which some apps show literally).
 */
public final class OtpAuthUri {

  public static final String ISSUER = "Crewbid";

  private OtpAuthUri() {}

  public static String of(String accountEmail, String base32Secret, Totp totp) {
    return of(ISSUER, accountEmail, base32Secret, totp);
  }

  public static String of(String issuer, String accountName, String base32Secret, Totp totp) {
    return "otpauth://totp/"
        + encode(issuer)
        + ":"
        + encode(accountName)
        + "?secret="
        + encode(base32Secret.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT))
        + "&issuer="
        + encode(issuer)
        + "&algorithm="
        + totp.algorithm().name()
        + "&digits="
        + totp.digits()
        + "&period="
        + totp.period().toSeconds();
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
