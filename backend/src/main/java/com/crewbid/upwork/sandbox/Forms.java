package com.crewbid.upwork.sandbox;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** Reads OAuth request parameters, which RFC 6749 §3.1 forbids to repeat. */
final class Forms {

  private Forms() {}

  /** The parameter's value, or null when absent or empty; a repeated parameter is refused. */
  static @Nullable String single(MultiValueMap<String, String> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new OAuthException(OAuthError.INVALID_REQUEST, "Parameter " + name + " is repeated");
    }
    String value = values.getFirst();
    return value == null || value.isEmpty() ? null : value;
  }

  static String required(MultiValueMap<String, String> params, String name) {
    String value = single(params, name);
    if (value == null) {
      throw new OAuthException(OAuthError.INVALID_REQUEST, "Parameter " + name + " is missing");
    }
    return value;
  }
}
