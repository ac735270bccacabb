package dev.covenant.defacto.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.defacto.internal.http.DefactoMapper;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What Defacto POSTs to a webhook's URL.
 *
 * <pre>{@code
 * WebhookNotification hint = WebhookNotification.parse(body);
 * if (seen.add(hint.id()) && hint.eventType().equals("Loan.TO_VALIDATE")) {
 *   Loan loan = defacto.loan(hint.entityId().orElseThrow());   // the notification proves nothing
 * }
 * }</pre>
 *
 * <p>Deliveries repeat and arrive out of order, and anyone can POST to a URL: deduplicate by
 * {@link #id()}, and read the entity again before anything that moves money.
 *
 * @param eventType   such as {@code Loan.TO_VALIDATE} or {@code Payment.FAILED}
 * @param entityState the entity as its GET endpoint returns it
 */
public record WebhookNotification(
    String id,
    String eventType,
    Optional<String> entityType,
    Optional<String> status,
    Optional<String> transitionName,
    Optional<OffsetDateTime> timestamp,
    Optional<ObjectNode> entityState) {

  // Building a mapper costs far more than reading one notification; it is thread-safe once built.
  private static final ObjectMapper MAPPER = DefactoMapper.create();

  public WebhookNotification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eventType, "eventType");
    entityType = Lists.orEmpty(entityType);
    status = Lists.orEmpty(status);
    transitionName = Lists.orEmpty(transitionName);
    timestamp = Lists.orEmpty(timestamp);
    entityState = Lists.copyNode(entityState);
  }

  /**
   * Reads a notification body.
   *
   * @throws IllegalArgumentException if it is not JSON or has no {@code id} or {@code event_type}
   */
  public static WebhookNotification parse(String json) {
    try {
      return MAPPER.readValue(json, WebhookNotification.class);
    } catch (JsonProcessingException | RuntimeException malformed) {
      throw new IllegalArgumentException("not a Defacto webhook notification: " + firstLine(malformed.getMessage()), malformed);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
  }

  @Override
  public Optional<ObjectNode> entityState() {
    return Lists.copyNode(entityState);
  }

  /**
   * The notification without its {@code entity_state}: a loan's state (what {@code GET /loan/{id}}
   * returns) carries {@code contract_url} and {@code transfer_contract_url}, temporary pre-signed
   * links that must reach no log line; the entity's id stands for it.
   */
  @Override
  public String toString() {
    return "WebhookNotification[id=" + id + ", eventType=" + eventType + ", entityType=" + entityType.orElse("-")
        + ", entityId=" + entityId().orElse("-") + ", status=" + status.orElse("-") + ", transitionName="
        + transitionName.orElse("-") + ", timestamp=" + timestamp.map(Object::toString).orElse("-") + "]";
  }

  /** The id of the entity the notification is about, from its state. */
  public Optional<String> entityId() {
    return entityState.map(state -> state.path("id")).filter(id -> id.isTextual()).map(id -> id.asText());
  }
}
