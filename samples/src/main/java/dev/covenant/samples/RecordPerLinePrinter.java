package dev.covenant.samples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Compact JSON with one array item per line: small files that {@code grep}, {@code head} and
 * {@code diff} still read record by record.
 */
final class RecordPerLinePrinter extends MinimalPrettyPrinter {
  private static final long serialVersionUID = 1L;

  @Override
  public void beforeArrayValues(JsonGenerator json) throws IOException {
    json.writeRaw('\n');
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
    json.writeRaw(",\n");
  }

  @Override
  public void writeEndArray(JsonGenerator json, int values) throws IOException {
    json.writeRaw(values == 0 ? "]" : "\n]");
  }
}
