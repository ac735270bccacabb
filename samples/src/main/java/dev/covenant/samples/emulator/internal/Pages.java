package dev.covenant.samples.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Defacto's cursor pages: {@code {count, page_size, total, next_page, previous_page, data}}. A
 * cursor is opaque to clients; here it is the base64 of an offset, which is stable because every
 * list is in creation order and nothing is ever removed but webhooks.
 */
final class Pages {
  static final int DEFAULT_SIZE = 100;
  static final int MAX_SIZE = 100;
  private static final String PREFIX = "offset:";

  private Pages() {}

  static ObjectNode page(List<? extends JsonNode> items, Query query) {
    int size = size(query);
    int offset = offset(query.first("cursor"));
    int from = Math.min(offset, items.size());
    int to = Math.min(from + size, items.size());
    ArrayNode data = Json.array();
    items.subList(from, to).forEach(data::add);
    ObjectNode page = Json.object();
    page.put("count", to - from);
    page.put("page_size", size);
    page.put("total", items.size());
    if (to < items.size()) {
      page.put("next_page", cursor(to));
    } else {
      page.putNull("next_page");
    }
    if (from > 0) {
      page.put("previous_page", cursor(Math.max(0, from - size)));
    } else {
      page.putNull("previous_page");
    }
    page.set("data", data);
    return page;
  }

  private static int size(Query query) {
    Optional<String> asked = query.first("page_size");
    if (asked.isEmpty()) {
      return DEFAULT_SIZE;
    }
    try {
      return Math.max(1, Math.min(MAX_SIZE, Integer.parseInt(asked.get().strip())));
    } catch (NumberFormatException notANumber) {
      throw HttpProblem.badRequest("page_size must be a whole number, got '" + asked.get() + "'");
    }
  }

  private static int offset(Optional<String> cursor) {
    if (cursor.isEmpty() || cursor.get().isBlank()) {
      return 0;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor.get().strip()), StandardCharsets.UTF_8);
      if (decoded.startsWith(PREFIX)) {
        int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException notOurs) {
      // Reported below, as for any cursor this emulator did not hand out.
    }
    throw HttpProblem.badRequest("invalid cursor");
  }

  static String cursor(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }
}
