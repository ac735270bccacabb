package dev.covenant.defacto.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WebhookNotificationTest {
  @Test
  void readsANotificationAndTheIdOfItsEntity() {
    WebhookNotification notification = WebhookNotification.parse("""
        {"id": "n-1", "event_type": "Loan.TO_VALIDATE", "entity_type": "loan", "status": "TO_VALIDATE",
         "transition_name": "propose", "timestamp": "2024-02-28T16:30:20+01:00",
         "entity_state": {"id": "L1", "status": "TO_VALIDATE", "amount": 12000}}""");

    assertThat(notification.id()).isEqualTo("n-1");
    assertThat(notification.eventType()).isEqualTo("Loan.TO_VALIDATE");
    assertThat(notification.timestamp()).contains(OffsetDateTime.parse("2024-02-28T16:30:20+01:00"));
    assertThat(notification.entityId()).contains("L1");
  }

  @Test
  void refusesABodyThatIsNoNotification() {
    assertThatThrownBy(() -> WebhookNotification.parse("{\"event_type\": \"Loan.CLOSED\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a Defacto webhook notification");
    assertThatThrownBy(() -> WebhookNotification.parse("<html>"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
