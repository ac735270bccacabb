package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.Decision;
import dev.covenant.core.Outcome;
import dev.covenant.core.ValidationDecision;
import dev.covenant.core.model.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes decisions as JSON, for machines: one object per decision, keys in snake_case and in a
 * fixed order, every key always present ({@code null} when there is no value), money as integer
 * minor units. Deterministic: the same decision gives the same bytes.
 *
 * <pre>{@code
 * String json = DecisionJson.toJson(decision, false);
 * // {"invoice_number":"INV-0042","seller_identifier":"901234567","outcome":"FINANCE","rule":"small invoices",
 * //  "reason":"small and soon due","amount":120000,"currency":"EUR","auto_validate":true,"salt_id":"cov1-...",
 * //  "to_pay_at":"2026-11-20","to_repay_at":"2026-12-31","borrower_identifier":"901234567"}
 * }</pre>
 *
 * <p>A finance decision's keys: {@code invoice_number, seller_identifier, outcome} (FINANCE, SKIP
 * or REVIEW){@code , rule, reason, amount} (cents, null unless FINANCE){@code , currency,
 * auto_validate, salt_id, to_pay_at, to_repay_at} (ISO dates){@code , borrower_identifier}; with
 * the explanation, then {@code explanation: {rules: [{rule, line, matched, conditions: [{condition,
 * line, column, held, values: [{expression, value}]}]}], invariant}}. A validation decision's:
 * {@code loan_id, outcome} (VALIDATE, CANCEL or HOLD){@code , rule, reason} and the explanation.
 * Without the explanation, the {@code explanation} key is left out.
 */
public final class DecisionJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private DecisionJson() {}

  /** Writes a decision as one JSON object, for streaming many decisions into one document or file. */
  public static void write(JsonGenerator out, Decision decision, boolean withExplanation) throws IOException {
    out.writeStartObject();
    out.writeStringField("invoice_number", decision.invoice().invoiceNumber());
    ExplanationJson.writeOptional(out, "seller_identifier", decision.invoice().seller().identifier());
    out.writeStringField("outcome", decision.outcome().name());
    ExplanationJson.writeOptional(out, "rule", decision.rule());
    out.writeStringField("reason", decision.reason());
    Optional<Money> amount = decision.outcome() == Outcome.FINANCE ? decision.amount() : Optional.empty();
    if (amount.isPresent()) {
      out.writeNumberField("amount", amount.get().minorUnits());
    } else {
      out.writeNullField("amount");
    }
    out.writeStringField("currency", decision.currency());
    out.writeBooleanField("auto_validate", decision.autoValidate());
    out.writeStringField("salt_id", decision.saltId());
    ExplanationJson.writeOptional(out, "to_pay_at", decision.payOn().map(LocalDate::toString));
    ExplanationJson.writeOptional(out, "to_repay_at", decision.repayOn().map(LocalDate::toString));
    ExplanationJson.writeOptional(out, "borrower_identifier", decision.borrowerIdentifier());
    if (withExplanation) {
      out.writeFieldName("explanation");
      ExplanationJson.write(out, decision.explanation());
    }
    out.writeEndObject();
  }

  /** Writes a validation decision (for a loan Defacto proposed) as one JSON object. */
  public static void write(JsonGenerator out, ValidationDecision decision, boolean withExplanation) throws IOException {
    out.writeStartObject();
    out.writeStringField("loan_id", decision.loan().id());
    out.writeStringField("outcome", decision.outcome().name());
    ExplanationJson.writeOptional(out, "rule", decision.rule());
    out.writeStringField("reason", decision.reason());
    if (withExplanation) {
      out.writeFieldName("explanation");
      ExplanationJson.write(out, decision.explanation());
    }
    out.writeEndObject();
  }

  /** The decision as a JSON tree. */
  public static ObjectNode toNode(Decision decision, boolean withExplanation) {
    return tree(out -> write(out, decision, withExplanation));
  }

  public static ObjectNode toNode(ValidationDecision decision, boolean withExplanation) {
    return tree(out -> write(out, decision, withExplanation));
  }

  /** The decision as compact JSON text, on one line. */
  public static String toJson(Decision decision, boolean withExplanation) {
    return text(out -> write(out, decision, withExplanation));
  }

  public static String toJson(ValidationDecision decision, boolean withExplanation) {
    return text(out -> write(out, decision, withExplanation));
  }

  private interface Writing {
    void writeTo(JsonGenerator out) throws IOException;
  }

  private static ObjectNode tree(Writing writing) {
    // Read back from the text, so that the tree is exactly what a reader of the text would see
    // (an amount that fits an int is an int node, as when parsing any JSON).
    try {
      return (ObjectNode) MAPPER.readTree(text(writing));
    } catch (IOException impossible) {
      throw new UncheckedIOException("reading back JSON just written failed", impossible);
    }
  }

  private static String text(Writing writing) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      writing.writeTo(out);
    } catch (IOException impossible) {
      throw new UncheckedIOException("writing to memory failed", impossible);
    }
    return text.toString();
  }
}
