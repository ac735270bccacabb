package dev.covenant.samples.dryrun;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.covenant.core.Decision;
import dev.covenant.core.Outcome;
import dev.covenant.core.json.DecisionJson;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Map;

/**
 * The machine contract of {@code dry-run --format json} (docs/runner.md#dry-run-json): an object
 * with {@code format}, {@code policy}, {@code today}, the {@code decisions} array streamed as they
 * are decided, then {@code totals}.
 */
public final class JsonReport implements DecisionReport {
  /** Changes only when a key changes meaning or goes away; new keys may be added. */
  public static final String FORMAT = "covenant.dry-run/1";

  private final JsonGenerator out;
  private final boolean withExplanations;
  private boolean started;

  public JsonReport(Writer out, boolean withExplanations) throws IOException {
    // The writer is the caller's (stdout, say): left open.
    this.out = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.withExplanations = withExplanations;
  }

  /** Writes the head of the object; the decisions follow. */
  @Override
  public void start(PolicyIdentity policy, LocalDate today) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", FORMAT);
    out.writeObjectFieldStart("policy");
    out.writeStringField("name", policy.name());
    out.writeStringField("version", policy.version().orElse(null));
    out.writeStringField("sha256", policy.sha256());
    out.writeStringField("file", policy.file());
    out.writeEndObject();
    out.writeStringField("today", today.toString());
    out.writeArrayFieldStart("decisions");
    started = true;
  }

  @Override
  public void decision(Decision decision) throws IOException {
    out.writeRaw('\n');
    DecisionJson.write(out, decision, withExplanations);
  }

  @Override
  public void finish(DryRunTotals totals) throws IOException {
    if (!started) {
      start(totals.policy(), totals.today());
    }
    out.writeEndArray();
    out.writeRaw('\n');
    out.writeObjectFieldStart("totals");
    out.writeNumberField("invoices", totals.invoices());
    writeOutcomes(totals.outcomes());
    writeAmounts("financed", totals.financed());
    out.writeArrayFieldStart("rules");
    for (RuleTotals rule : totals.rules()) {
      out.writeStartObject();
      out.writeStringField("rule", rule.rule().orElse(null));
      out.writeStringField("label", rule.label());
      writeOutcomes(rule.outcomes());
      writeAmounts("financed", rule.financed());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("credit_lines");
    for (CreditLineUse line : totals.creditLines()) {
      out.writeStartObject();
      out.writeStringField("borrower_identifier", line.borrowerIdentifier());
      out.writeStringField("borrower_name", line.borrowerName().orElse(null));
      out.writeStringField("currency", line.currency());
      out.writeFieldName("available");
      if (line.available().isPresent()) {
        out.writeNumber(line.available().getAsLong());
      } else {
        out.writeNull();
      }
      out.writeNumberField("financed", line.financed());
      out.writeNumberField("invoices_financed", line.invoicesFinanced());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndObject();
    out.writeRaw('\n');
    out.flush();
  }

  private void writeOutcomes(Map<Outcome, Long> outcomes) throws IOException {
    out.writeObjectFieldStart("outcomes");
    for (Map.Entry<Outcome, Long> entry : outcomes.entrySet()) {
      out.writeNumberField(entry.getKey().name(), entry.getValue());
    }
    out.writeEndObject();
  }

  private void writeAmounts(String field, Map<String, Long> byCurrency) throws IOException {
    out.writeObjectFieldStart(field);
    for (Map.Entry<String, Long> entry : byCurrency.entrySet()) {
      out.writeNumberField(entry.getKey(), entry.getValue());
    }
    out.writeEndObject();
  }
}
