package com.crewbid.jobs.internal;

import com.crewbid.jobs.Highlighted;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The markers {@code ts_headline} puts around matches: two private-use characters, which the cache
 * removes from Upwork's text when storing it, so that any marker in a headline is one of ours.
 * {@link #parse} turns a marked headline into plain text and ranges.
 */
final class Markers {

  static final char START = '\uE000';
  static final char STOP = '\uE001';

  /** ts_headline options: the markers, quoted as its option syntax wants. */
  static final String SELECTORS = "StartSel=\"" + START + "\", StopSel=\"" + STOP + "\"";

  private Markers() {}

  /** Text as the cache stores it: without our markers and without NUL, which PostgreSQL refuses. */
  static @Nullable String clean(@Nullable String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != START && c != STOP && c != '\0') {
        out.append(c);
      }
    }
    return out.toString();
  }

  static Highlighted parse(String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Highlighted.Range> ranges = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == START) {
        start = text.length();
      } else if (c == STOP) {
        if (start >= 0 && text.length() > start) {
          ranges.add(new Highlighted.Range(start, text.length()));
        }
        start = -1;
      } else {
        text.append(c);
      }
    }
    return new Highlighted(text.toString(), ranges);
  }
}
