package dev.covenant.defacto.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a loan's history, as {@code GET /loan/{id}/events} lists it ({@code LoanApiEvent}).
 *
 * @param entityType     what changed: {@code loan}, {@code payment}...
 * @param status         the loan's status after the step
 * @param transitionName Defacto's name for the step
 * @param payload        the entity's details, as Defacto sent them
 */
public record LoanEvent(
    String entityType,
    LoanStatus status,
    Optional<OffsetDateTime> timestamp,
    Optional<String> transitionName,
    Optional<ObjectNode> payload) {

  public LoanEvent {
    Objects.requireNonNull(entityType, "entityType");
    status = status == null ? LoanStatus.UNKNOWN : status;
    timestamp = Lists.orEmpty(timestamp);
    transitionName = Lists.orEmpty(transitionName);
    payload = Lists.copyNode(payload);
  }

  @Override
  public Optional<ObjectNode> payload() {
    return Lists.copyNode(payload);
  }
}
