package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.covenant.core.ConditionTrace;
import dev.covenant.core.Explanation;
import dev.covenant.core.ObservedValue;
import dev.covenant.core.RuleTrace;
import java.io.IOException;
import java.util.Optional;

/** Writes an explanation: the rules tried, their conditions with the values seen, and the invariant. */
final class ExplanationJson {
  private ExplanationJson() {}

  static void write(JsonGenerator out, Explanation explanation) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("rules");
    for (RuleTrace rule : explanation.rules()) {
      writeRule(out, rule);
    }
    out.writeEndArray();
    writeOptional(out, "invariant", explanation.invariant());
    out.writeEndObject();
  }

  private static void writeRule(JsonGenerator out, RuleTrace rule) throws IOException {
    out.writeStartObject();
    writeOptional(out, "rule", rule.rule());
    out.writeNumberField("line", rule.line());
    out.writeBooleanField("matched", rule.matched());
    out.writeArrayFieldStart("conditions");
    for (ConditionTrace condition : rule.conditions()) {
      out.writeStartObject();
      out.writeStringField("condition", condition.condition());
      out.writeNumberField("line", condition.line());
      out.writeNumberField("column", condition.column());
      out.writeBooleanField("held", condition.held());
      out.writeArrayFieldStart("values");
      for (ObservedValue value : condition.values()) {
        out.writeStartObject();
        out.writeStringField("expression", value.expression());
        writeOptional(out, "value", value.value());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** The text, or null: every key is always written, so readers see one shape. */
  static void writeOptional(JsonGenerator out, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.writeStringField(field, value.get());
    } else {
      out.writeNullField(field);
    }
  }
}
