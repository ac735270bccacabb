package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** Text in double quotes; {@code value} has its escapes resolved. */
public record TextLiteral(String value, SourceSpan span) implements Expr {}
