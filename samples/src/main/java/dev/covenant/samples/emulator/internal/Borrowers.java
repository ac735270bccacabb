package dev.covenant.samples.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;

/** A borrower and its credit line as the emulator holds them; mutable, guarded by the sandbox's lock. */
final class Borrowers {
  private Borrowers() {}

  static final class Borrower {
    final String id;
    final String identifier;
    /** The borrower's JSON as {@code GET /borrower/{id}} shows it, status included. */
    final ObjectNode json;

    Borrower(String id, String identifier, ObjectNode json) {
      this.id = id;
      this.identifier = identifier;
      this.json = json;
    }

    String status() {
      return json.path("status").asText("");
    }

    Optional<String> identifierType() {
      return Json.text(json, "identifier_type");
    }

    Optional<String> name() {
      return Json.text(json, "name");
    }

    /** Defacto's {@code LightBusiness}, as loans name their borrower. */
    ObjectNode light() {
      ObjectNode light = Json.object();
      light.put("id", id);
      light.put("identifier", identifier);
      identifierType().ifPresent(t -> light.put("identifier_type", t));
      name().ifPresent(n -> light.put("name", n));
      return light;
    }
  }

  /**
   * A credit line. Balances are computed from the loans; a seeded line keeps what its file said
   * was already lent, pending or pending validation as amounts that never move.
   */
  static final class CreditLine {
    final String borrowerIdentifier;
    final ObjectNode json;
    final long pool;
    final long outsideOutstanding;
    final long outsidePending;
    final long outsidePendingValidation;
    final BigDecimal dailyRate;

    CreditLine(String borrowerIdentifier, ObjectNode json, long pool, long outsideOutstanding, long outsidePending,
        long outsidePendingValidation, BigDecimal dailyRate) {
      this.borrowerIdentifier = borrowerIdentifier;
      this.json = json;
      this.pool = pool;
      this.outsideOutstanding = outsideOutstanding;
      this.outsidePending = outsidePending;
      this.outsidePendingValidation = outsidePendingValidation;
      this.dailyRate = dailyRate;
    }

    String currency() {
      return json.path("currency").asText("EUR");
    }
  }
}
