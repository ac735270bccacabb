package dev.covenant.defacto.internal.execution;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.covenant.defacto.execution.InvalidNotificationException;
import java.util.Optional;

/**
 * A webhook notification, {@code {id, event_type, entity_type, status, transition_name,
 * timestamp, entity_state}}: only what the handler needs is read, anything else is ignored.
 */
public record Notification(Optional<String> id, String eventType, JsonNode entityState) {
  /** Notifications are small; a body this large is not one. */
  static final int MAX_BODY_CHARS = 1 << 20;
  // Nesting bound: a hostile body must fail fast, never exhaust the stack.
  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build()).build();

  public static Notification parse(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidNotificationException("the notification body is empty");
    }
    if (body.length() > MAX_BODY_CHARS) {
      throw new InvalidNotificationException("the notification body has " + body.length() + " characters, more than "
          + MAX_BODY_CHARS);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the body; the location alone says where without echoing it.
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new InvalidNotificationException("the notification is not valid JSON" + where, e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidNotificationException("the notification is not a JSON object");
    }
    JsonNode eventType = root.path("event_type");
    if (!eventType.isTextual() || eventType.asText().isBlank()) {
      throw new InvalidNotificationException("the notification has no event_type");
    }
    JsonNode id = root.path("id");
    Optional<String> notificationId = id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
    return new Notification(notificationId, eventType.asText(), root.path("entity_state"));
  }

  /** A text field of {@code entity_state}, such as the loan's {@code id}. */
  public Optional<String> stateText(String field) {
    JsonNode value = entityState.path(field);
    return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
  }
}
