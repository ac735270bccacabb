package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.Optional;

/** {@code auto_validate}, unconditionally or {@code when} a condition holds. */
public record AutoValidate(Optional<Expr> condition, SourceSpan span) implements Node {}
