package dev.covenant.defacto.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covenant.defacto.FieldError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Defacto's JSON error body says: a message and, for a refused request, the fields at fault.
 *
 * <p>The specification publishes no error schema, so the usual shapes are all read:
 * {@code {"message": ...}}, {@code {"error": ...}}, {@code {"detail": ...}}, and field errors as
 * {@code {"errors": {"json": {"amount": ["..."]}}}}, {@code {"errors": [{"field", "message"}]}}
 * or {@code {"detail": [{"loc": [...], "msg"}]}}. A body that is not JSON gives its first line.
 */
record ErrorBody(Optional<String> message, List<FieldError> fieldErrors) {
  private static final int MAX_MESSAGE = 300;
  private static final List<String> MESSAGE_FIELDS = List.of("message", "error_message", "error", "detail",
      "description", "title");
  // Request parts that wrap field errors in web frameworks' error bodies, not fields themselves.
  private static final Set<String> LOCATIONS = Set.of("json", "body", "query", "path", "form", "headers", "querystring");

  static final ErrorBody EMPTY = new ErrorBody(Optional.empty(), List.of());

  static ErrorBody parse(String body, ObjectMapper mapper) {
    String text = body.strip();
    if (text.isEmpty()) {
      return EMPTY;
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      try {
        return fromJson(mapper.readTree(text));
      } catch (IOException notJson) {
        return firstLine(text);
      }
    }
    return text.startsWith("<") ? EMPTY : firstLine(text);
  }

  private static ErrorBody firstLine(String text) {
    String line = text.lines().findFirst().orElse("").strip();
    return new ErrorBody(Optional.of(line).filter(l -> !l.isEmpty()).map(ErrorBody::truncate), List.of());
  }

  private static ErrorBody fromJson(JsonNode root) {
    List<FieldError> fields = new ArrayList<>();
    collectFields(root.path("errors"), "", fields);
    if (root.path("detail").isArray()) {
      collectFields(root.path("detail"), "", fields);
    }
    return new ErrorBody(message(root), List.copyOf(fields));
  }

  private static Optional<String> message(JsonNode node) {
    for (String name : MESSAGE_FIELDS) {
      JsonNode value = node.path(name);
      if (value.isTextual() && !value.asText().isBlank()) {
        return Optional.of(truncate(value.asText().strip()));
      }
      if (value.isObject()) {
        Optional<String> nested = message(value);
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }

  private static void collectFields(JsonNode node, String path, List<FieldError> into) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        boolean wrapper = path.isEmpty() && LOCATIONS.contains(entry.getKey()) && entry.getValue().isObject();
        collectFields(entry.getValue(), wrapper ? "" : join(path, entry.getKey()), into);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (item.isObject() && (item.has("field") || item.has("loc") || item.has("name"))) {
          into.add(new FieldError(fieldName(item), message(item).or(() -> text(item.path("msg"))).orElse("invalid")));
        } else if (item.isTextual() && !path.isEmpty()) {
          into.add(new FieldError(path, truncate(item.asText())));
        } else {
          collectFields(item, path, into);
        }
      }
    } else if (node.isTextual() && !path.isEmpty()) {
      into.add(new FieldError(path, truncate(node.asText())));
    }
  }

  private static String fieldName(JsonNode item) {
    JsonNode loc = item.path("loc");
    if (loc.isArray()) {
      List<String> parts = new ArrayList<>();
      loc.forEach(part -> {
        if (!LOCATIONS.contains(part.asText()) || !parts.isEmpty()) {
          parts.add(part.asText());
        }
      });
      return String.join(".", parts);
    }
    return item.has("field") ? item.path("field").asText() : item.path("name").asText();
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() ? Optional.of(truncate(node.asText())) : Optional.empty();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String truncate(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
  }
}
