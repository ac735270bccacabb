package dev.covenant.defacto.execution;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.DecisionInputs;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.internal.execution.NotificationHandling;
import dev.covenant.defacto.internal.execution.ValidationStep;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Handles the notifications Defacto POSTs to a webhook's {@code to_url}, finishing what the
 * {@link LoanExecutor} left pending. Thread-safe: call it from the host's HTTP endpoint.
 *
 * <pre>{@code
 * LoanWebhookHandler webhooks = LoanWebhookHandler.builder(defacto, policy)
 *     .inputs(() -> currentBorrowersAndCreditLines())
 *     .build();
 * // in the endpoint receiving Defacto's POST:
 * try {
 *   WebhookResult result = webhooks.handle(body);
 *   return result.action() == WebhookAction.FAILED ? 503 : 200;
 * } catch (InvalidNotificationException e) {
 *   return 400;
 * }
 * }</pre>
 *
 * <p>A notification is a hint, never an order. It is deduplicated by its {@code id} (the last
 * {@value #DEFAULT_REMEMBERED_IDS} ids by default, least recently seen forgotten first); for a
 * loan event the loan is read again with {@code GET /loan/{id}} before anything is done, so a
 * forged, repeated or stale notification cannot validate a loan by itself:
 * <ul>
 *   <li>{@code Loan.TO_VALIDATE}: if the loan read is TO_VALIDATE and Covenant requested it (its
 *       {@code metadata} carries {@link dev.covenant.defacto.api.Loan#COVENANT_SALT_ID}), the
 *       policy's validate rules validate it, cancel it or hold it for a person, exactly as the
 *       executor does; a loan someone else requested on the same key, or any other status, is
 *       only recorded.</li>
 *   <li>{@code Loan.DECLINED}: recorded, with the {@code denial_reason} of the loan read.</li>
 *   <li>{@code Payment.FAILED}: recorded from the notification (nothing is done that moves money).</li>
 *   <li>Any other event type: ignored.</li>
 * </ul>
 * When reading or changing the loan fails, the result is {@link WebhookAction#FAILED} and the id is
 * forgotten, so Defacto's next delivery is handled.
 */
public final class LoanWebhookHandler {
  /** How many notification ids are remembered by default: about a day of a busy platform's loan events. */
  public static final int DEFAULT_REMEMBERED_IDS = 10_000;

  private final NotificationHandling handling;
  private final Supplier<DecisionInputs> inputs;

  private LoanWebhookHandler(Builder builder) {
    this.handling = new NotificationHandling(builder.defacto, new ValidationStep(builder.defacto, builder.policy),
        builder.rememberedIds);
    this.inputs = builder.inputs;
  }

  /** @param policy the policy whose {@code validate} rules judge the loans Defacto proposes */
  public static Builder builder(DefactoClient defacto, CompiledPolicy policy) {
    return new Builder(defacto, policy);
  }

  /**
   * Handles a notification body, with the validate rules seeing the builder's inputs.
   *
   * @throws InvalidNotificationException if the body is not a notification
   */
  public WebhookResult handle(String body) {
    return handle(body, inputs.get());
  }

  /** As {@link #handle(String)}, the validate rules seeing {@code inputs} (borrowers, credit lines, today). */
  public WebhookResult handle(String body, DecisionInputs inputs) {
    Objects.requireNonNull(inputs, "inputs");
    return handling.handle(body, inputs);
  }

  /** Configures a {@link LoanWebhookHandler}. */
  public static final class Builder {
    private final DefactoClient defacto;
    private final CompiledPolicy policy;
    private Supplier<DecisionInputs> inputs = DecisionInputs::empty;
    private int rememberedIds = DEFAULT_REMEMBERED_IDS;

    private Builder(DefactoClient defacto, CompiledPolicy policy) {
      this.defacto = Objects.requireNonNull(defacto, "defacto");
      this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** What the validate rules see besides the loan, asked for on each notification; none by default. */
    public Builder inputs(Supplier<DecisionInputs> value) {
      this.inputs = Objects.requireNonNull(value, "inputs");
      return this;
    }

    /** How many notification ids are remembered to recognise repeats (memory: about 200 bytes each, 2 MB for the default). */
    public Builder rememberedIds(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("rememberedIds must be at least 1, got " + count);
      }
      this.rememberedIds = count;
      return this;
    }

    public LoanWebhookHandler build() {
      return new LoanWebhookHandler(this);
    }
  }
}
