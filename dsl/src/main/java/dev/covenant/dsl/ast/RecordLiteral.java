package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;

/** {@code { key: value, nested: { ... } }} in a test's {@code given}. */
public record RecordLiteral(List<RecordEntry> entries, SourceSpan span) implements RecordValue {
  public RecordLiteral {
    entries = List.copyOf(entries);
  }
}
