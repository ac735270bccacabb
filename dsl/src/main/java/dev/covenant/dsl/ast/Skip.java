package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.Optional;

/** {@code skip ["reason"]}: do not finance; without a reason the rule's name is the reason. */
public record Skip(Optional<String> reason, SourceSpan span) implements FinanceAction {}
