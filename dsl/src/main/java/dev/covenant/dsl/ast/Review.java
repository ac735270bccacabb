package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.Optional;

/** {@code review ["reason"]}: a person must look at the invoice. */
public record Review(Optional<String> reason, SourceSpan span) implements FinanceAction {}
