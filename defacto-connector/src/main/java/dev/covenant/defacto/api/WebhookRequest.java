package dev.covenant.defacto.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /webhooks} ({@code CreateWebhook}).
 *
 * <pre>{@code
 * new WebhookRequest("covenant", URI.create("https://example.com/defacto"), List.of("Loan.TO_VALIDATE", "Payment.FAILED"))
 * }</pre>
 */
public record WebhookRequest(String name, URI toUrl, List<String> eventTypes) {
  public WebhookRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(toUrl, "toUrl");
    eventTypes = Lists.copy(eventTypes);
    if (eventTypes.isEmpty()) {
      throw new IllegalArgumentException("a webhook needs at least one event type");
    }
  }
}
