package com.crewbid.upwork.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Upwork's Relay-style connections ({@code totalCount}, {@code edges { cursor node }}, {@code
 * pageInfo}) over an ordered list. A cursor is opaque to clients and names the last item of a page,
 * so pages stay stable while new items appear ahead of them.
 */
final class SandboxConnections {

  record Connection(int totalCount, List<Edge> edges, PageInfo pageInfo) {}

  record Edge(String cursor, Object node) {}

  record PageInfo(@Nullable String endCursor, boolean hasNextPage) {}

  private SandboxConnections() {}

  /**
   * The page of {@code items} after the cursor {@code pagination.after}, of {@code
   * pagination.first} items but never more than {@code cap}, each shown as {@code view} gives it.
   */
  static <T> Connection page(
      List<T> items,
      Function<T, String> idOf,
      Function<T, Object> view,
      Map<String, Object> pagination,
      int cap) {
    int start = startAfter(items, idOf, pagination.get("after"));
    int first = pagination.get("first") instanceof Integer n ? n : cap;
    int end = Math.min(items.size(), start + Math.clamp(first, 0, cap));
    List<Edge> edges =
        items.subList(start, end).stream()
            .map(item -> new Edge(cursorOf(idOf.apply(item)), view.apply(item)))
            .toList();
    String endCursor = edges.isEmpty() ? null : edges.getLast().cursor();
    return new Connection(items.size(), edges, new PageInfo(endCursor, end < items.size()));
  }

  /** A GraphQL input object argument, or an empty map when it was not given. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> input(@Nullable Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static <T> int startAfter(
      List<T> items, Function<T, String> idOf, @Nullable Object after) {
    if (!(after instanceof String cursor) || cursor.isBlank()) {
      return 0;
    }
    String id = idOf(cursor);
    for (int i = 0; i < items.size(); i++) {
      if (idOf.apply(items.get(i)).equals(id)) {
        return i + 1;
      }
    }
    return items.size();
  }

  private static String cursorOf(String id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("c:" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The id a cursor names; an unreadable cursor names nothing, so its page is empty. */
  private static String idOf(String cursor) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      return decoded.startsWith("c:") ? decoded.substring(2) : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
