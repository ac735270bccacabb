package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code given invoice { ... }}: the fields of one input of the test. */
public record Given(String root, SourceSpan rootSpan, RecordLiteral record, SourceSpan span) implements TestStatement {}
