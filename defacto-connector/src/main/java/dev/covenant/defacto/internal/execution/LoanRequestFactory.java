package dev.covenant.defacto.internal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.Money;
import dev.covenant.defacto.api.AccountDetails;
import dev.covenant.defacto.api.BusinessIdentifier;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanRequest;
import dev.covenant.defacto.execution.AutoValidation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** Builds the {@code POST /loans} body of a finance decision from the invoice's original payload. */
public final class LoanRequestFactory {
  private final AutoValidation autoValidation;
  private final boolean waitForValidation;
  private final ZoneId zone;
  private final String policyLabel;

  public LoanRequestFactory(AutoValidation autoValidation, boolean waitForValidation, CompiledPolicy policy) {
    this.autoValidation = autoValidation;
    this.waitForValidation = waitForValidation;
    this.zone = policy.zone();
    this.policyLabel = policyLabel(policy);
  }

  /** {@code <name>@<first 12 hex of the policy's SHA-256>}: which text decided, short enough for metadata. */
  static String policyLabel(CompiledPolicy policy) {
    return policy.name() + "@" + policy.sha256().substring(0, 12);
  }

  /**
   * The request for {@code decision}, whose {@code salt_id} was minted by the caller before any
   * call: the request is built once and every retry sends these same bytes.
   *
   * @throws UnusableDecisionException if the decision or the payload lacks what Defacto requires
   */
  public LoanRequest create(Decision decision, ObjectNode payload, String saltId, DecisionInputs inputs) {
    Money amount = decision.amount().orElseThrow(() -> new UnusableDecisionException("the finance decision has no amount"));
    if (amount.minorUnits() <= 0) {
      throw new UnusableDecisionException("the amount to finance is not positive: " + amount);
    }
    LoanRequest.Builder request = LoanRequest.builder(amount.minorUnits(), loanTo(payload),
            startOfDay(decision.payOn(), "pay"), startOfDay(decision.repayOn(), "repay"))
        .currency(amount.currency())
        .invoice(payload)
        .saltId(saltId)
        .autoValidate(autoValidate(decision))
        .waitForValidation(waitForValidation)
        // Tagged so that a re-run can list the loans it already requested (RequestedLoans): GET
        // /loans cannot filter by salt_id, but every loan carries its metadata back.
        .metadata(Loan.COVENANT_SALT_ID, saltId)
        .metadata(Loan.COVENANT_POLICY, policyLabel);
    borrower(decision, payload, inputs).ifPresent(request::borrower);
    return request.build();
  }

  private boolean autoValidate(Decision decision) {
    return switch (autoValidation) {
      case AS_DECIDED -> decision.autoValidate();
      case ALWAYS -> true;
      case NEVER -> false;
    };
  }

  /** The invoice's own {@code to_account}, as written: Defacto requires the loan to pay that account. */
  private static AccountDetails loanTo(ObjectNode payload) {
    JsonNode account = payload.path("to_account");
    Optional<String> number = text(account, "account_number");
    if (number.isEmpty()) {
      throw new UnusableDecisionException("the invoice has no to_account.account_number to pay the loan to");
    }
    return new AccountDetails(number.get(), text(account, "account_number_type"), text(account, "bank_identifier"),
        text(account, "bank_identifier_type"));
  }

  /** Dates become the start of the day in the policy's timezone, where the policy computed them. */
  private OffsetDateTime startOfDay(Optional<LocalDate> date, String what) {
    return date.orElseThrow(() -> new UnusableDecisionException("the finance decision has no " + what + " date"))
        .atStartOfDay(zone).toOffsetDateTime();
  }

  /**
   * The decision's borrower, with its identifier type taken from the invoice party that names it,
   * else from the borrower list; without an identifier Defacto infers the borrower from the invoice.
   */
  private static Optional<BusinessIdentifier> borrower(Decision decision, ObjectNode payload, DecisionInputs inputs) {
    return decision.borrowerIdentifier().map(identifier -> {
      Optional<String> type = partyType(payload.path("seller"), identifier)
          .or(() -> partyType(payload.path("buyer"), identifier))
          .or(() -> Optional.ofNullable(inputs.borrowers().get(identifier)).flatMap(Borrower::identifierType));
      return new BusinessIdentifier(identifier, type);
    });
  }

  private static Optional<String> partyType(JsonNode party, String identifier) {
    return text(party, "identifier").filter(identifier::equals).flatMap(matched -> text(party, "identifier_type"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
  }
}
