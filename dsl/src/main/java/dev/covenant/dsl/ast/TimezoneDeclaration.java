package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code timezone "Europe/Paris"}: how date-times become dates. */
public record TimezoneDeclaration(String zone, SourceSpan span) implements Declaration {}
