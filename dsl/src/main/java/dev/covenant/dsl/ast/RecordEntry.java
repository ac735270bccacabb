package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code key: value} in a record. */
public record RecordEntry(String key, SourceSpan keySpan, RecordValue value, SourceSpan span) implements Node {}
