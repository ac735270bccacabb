package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code borrower is invoice.seller}: whose credit line finances an invoice. */
public record BorrowerDeclaration(Reference party, SourceSpan span) implements Declaration {}
