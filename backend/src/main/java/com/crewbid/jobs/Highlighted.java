package com.crewbid.jobs;

import java.util.List;

/**
 * Plain text and the ranges of it that matched the keywords. Clients render the text as text and
 * mark the ranges themselves, so no markup from Upwork (or from us) is ever interpreted as HTML.
 *
 * @param ranges half-open ranges {@code [start, end)} of UTF-16 code units (JavaScript string
 *     indices), in order and not overlapping
 */
public record Highlighted(String text, List<Range> ranges) {

  public record Range(int start, int end) {}

  public Highlighted {
    ranges = List.copyOf(ranges);
  }

  public static Highlighted plain(String text) {
    return new Highlighted(text, List.of());
  }
}
