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
  void toStringLeavesOutTheEntityStateAndItsPreSignedContractLinks() {
    // entity_state is what GET /loan/{id} returns: LoanAPI carries contract_url and
    // transfer_contract_url, temporary pre-signed links that must reach no log line.
    WebhookNotification notification = WebhookNotification.parse("""
        {"id": "n-2", "event_type": "Loan.TO_VALIDATE", "entity_type": "loan", "status": "TO_VALIDATE",
         "entity_state": {"id": "L2", "status": "TO_VALIDATE", "amount": 12000,
           "contract_url": "https://contracts.example.test/L2.pdf?X-Amz-Signature=do-not-log-1",
           "transfer_contract_url": "https://contracts.example.test/T2.pdf?X-Amz-Signature=do-not-log-2"}}""");

    assertThat(notification.toString()).contains("n-2").contains("Loan.TO_VALIDATE").contains("L2")
        .doesNotContain("X-Amz-Signature").doesNotContain("do-not-log");
  }

  @Test
  void refusesABodyThatIsNoNotification() {
    assertThatThrownBy(() -> WebhookNotification.parse("{\"event_type\": \"Loan.CLOSED\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a Defacto webhook notification");
    assertThatThrownBy(() -> WebhookNotification.parse("<html>"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
