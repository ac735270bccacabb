package dev.covenant.dsl.internal.parser;

import dev.covenant.dsl.SourceSpan;

/** A {@code # ...} comment; {@code text} includes the hash, not the line end. */
public record Comment(String text, SourceSpan span) {}
