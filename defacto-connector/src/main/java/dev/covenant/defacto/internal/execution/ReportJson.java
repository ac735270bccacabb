package dev.covenant.defacto.internal.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.model.Money;
import dev.covenant.defacto.execution.ExecutionError;
import dev.covenant.defacto.execution.ExecutionReport;
import dev.covenant.defacto.execution.LoanExecution;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Writes an execution report with a fixed contract (snake_case, every key present) rather than
 * through Jackson's record mapping, which would turn each {@code Optional} into an object.
 */
public final class ReportJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ReportJson() {}

  public static String write(ExecutionReport report) {
    try {
      return MAPPER.writeValueAsString(tree(report));
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException("writing a JSON tree to a string failed", impossible);
    }
  }

  public static ObjectNode tree(ExecutionReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode counts = root.putObject("counts");
    report.counts().forEach((outcome, count) -> counts.put(outcome.name(), count));
    ObjectNode totals = root.putObject("totals");
    report.totals().forEach((outcome, byCurrency) -> {
      ObjectNode perCurrency = totals.putObject(outcome.name());
      byCurrency.forEach(perCurrency::put);
    });
    ArrayNode entries = root.putArray("entries");
    report.entries().forEach(entry -> entries.add(entry(entry)));
    return root;
  }

  private static ObjectNode entry(LoanExecution entry) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("invoice_number", entry.invoiceNumber());
    node.put("seller_identifier", entry.sellerIdentifier().orElse(null));
    node.put("salt_id", entry.saltId());
    node.put("decision", entry.decision().name());
    node.put("outcome", entry.outcome().name());
    node.put("amount", entry.amount().map(Money::minorUnits).orElse(null));
    node.put("currency", entry.amount().map(Money::currency).orElse(null));
    node.put("loan_id", entry.loanId().orElse(null));
    node.put("loan_status", entry.loanStatus().orElse(null));
    node.put("rule", entry.rule().orElse(null));
    node.put("reason", entry.reason());
    node.put("denial_reason", entry.denialReason().orElse(null));
    Optional<ExecutionError> error = entry.error();
    if (error.isPresent()) {
      ObjectNode e = node.putObject("error");
      e.put("operation", error.get().operation());
      if (error.get().httpStatus().isPresent()) {
        e.put("http_status", error.get().httpStatus().getAsInt());
      } else {
        e.putNull("http_status");
      }
      e.put("message", error.get().message());
    } else {
      node.putNull("error");
    }
    return node;
  }
}
