package dev.covenant.defacto.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook subscription: Defacto POSTs a notification to {@code toUrl} for each event of
 * {@code eventTypes}, such as {@code Loan.TO_VALIDATE}. Notifications can repeat and arrive out of
 * order: treat one as a hint, and read the loan again before moving money.
 */
public record Webhook(Optional<String> id, String name, URI toUrl, List<String> eventTypes) {
  public Webhook {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(toUrl, "toUrl");
    id = Lists.orEmpty(id);
    eventTypes = Lists.copy(eventTypes);
  }
}
