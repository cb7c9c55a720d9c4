package com.crewbid.identity.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A readable name for a User-Agent ("Chrome 156 on Linux"), for device lists and alerts. */
final class Browsers {

  private static final Pattern[] BROWSERS = {
    Pattern.compile("(Edg)/(\\d+)"),
    Pattern.compile("(OPR)/(\\d+)"),
    Pattern.compile("(Firefox)/(\\d+)"),
    Pattern.compile("(HeadlessChrome)/(\\d+)"),
    Pattern.compile("(Chrome)/(\\d+)"),
    Pattern.compile("Version/(\\d+)[^ ]* (Safari)"),
  };

  private Browsers() {}

  static String describe(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return "Unknown browser";
    }
    String browser = "Browser";
    for (Pattern pattern : BROWSERS) {
      Matcher m = pattern.matcher(userAgent);
      if (m.find()) {
        browser =
            pattern.pattern().startsWith("Version")
                ? "Safari " + m.group(1)
                : name(m.group(1)) + " " + m.group(2);
        break;
      }
    }
    return browser + " on " + os(userAgent);
  }

  private static String name(String token) {
    return switch (token) {
      case "Edg" -> "Edge";
      case "OPR" -> "Opera";
      case "HeadlessChrome" -> "Chrome (headless)";
      default -> token;
    };
  }

  private static String os(String ua) {
    if (ua.contains("Windows")) return "Windows";
    if (ua.contains("Android")) return "Android";
    if (ua.contains("iPhone") || ua.contains("iPad")) return "iOS";
    if (ua.contains("Mac OS X")) return "macOS";
    if (ua.contains("Linux")) return "Linux";
    return "an unknown system";
  }
}
