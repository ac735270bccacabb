package dev.covenant.defacto.internal.http;

import java.util.Locale;
import java.util.Optional;

/**
 * Each call of {@link DefactoApi}, by the name errors and logs give it, and whether repeating it
 * after a lost answer is safe.
 */
enum Operation {
  HELLO("GET /hello", Repeat.SAFE),
  GENERATE_BUSINESS("GET /sandbox/business-generator", Repeat.SAFE),
  // Defacto keeps one borrower per business identifier: a repeat cannot register a second one.
  CREATE_BORROWER("POST /borrowers", Repeat.SAFE),
  BORROWER("GET /borrower/{borrower_id}", Repeat.SAFE),
  BORROWERS("GET /borrowers", Repeat.SAFE),
  SIGN_BORROWER("POST /borrower/{borrower_id}/sign", Repeat.SAFE),
  GENERATE_INVOICE("POST /sandbox/invoice-generator", Repeat.SAFE),
  GENERATE_IBAN("GET /sandbox/iban-generator", Repeat.SAFE),
  SET_BUSINESS_ELIGIBILITY("POST /sandbox/business-eligible", Repeat.SAFE),
  // Safe only with a salt_id in the body; the client downgrades requests without one.
  CREATE_LOAN("POST /loans", Repeat.SAFE),
  LOAN("GET /loan/{loan_id}", Repeat.SAFE),
  LOANS("GET /loans", Repeat.SAFE),
  // A transition happens once: a repeat after a lost answer is refused with a 4xx, never applied twice.
  VALIDATE_LOAN("POST /loan/{loan_id}/validate", Repeat.SAFE),
  CANCEL_LOAN("POST /loan/{loan_id}/cancel", Repeat.SAFE),
  PAYMENTS("GET /payments", Repeat.SAFE),
  LOAN_EVENTS("GET /loan/{loan_id}/events", Repeat.SAFE),
  CREDIT_LINES("GET /credit_lines", Repeat.SAFE),
  // A repeat would subscribe twice.
  CREATE_WEBHOOK("POST /webhooks", Repeat.RATE_LIMIT_ONLY),
  WEBHOOKS("GET /webhooks", Repeat.SAFE),
  DELETE_WEBHOOK("DELETE /webhook/{webhook_id}", Repeat.SAFE);

  /** Which failures may be followed by another attempt. */
  enum Repeat {
    /** 429, 5xx and transport faults. */
    SAFE,
    /** 429 only: Defacto refused the request before doing anything. */
    RATE_LIMIT_ONLY
  }

  private final String label;
  private final Repeat repeat;

  Operation(String label, Repeat repeat) {
    this.label = label;
    this.repeat = repeat;
  }

  String label() {
    return label;
  }

  Repeat repeat() {
    return repeat;
  }

  /** The operation of a Feign method key such as {@code DefactoApi#createLoan(LoanRequest)}. */
  static Optional<Operation> ofMethodKey(String methodKey) {
    int hash = methodKey.indexOf('#');
    int paren = methodKey.indexOf('(', hash + 1);
    if (hash < 0 || paren < 0) {
      return Optional.empty();
    }
    String method = methodKey.substring(hash + 1, paren);
    String constant = method.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    try {
      return Optional.of(valueOf(constant));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
