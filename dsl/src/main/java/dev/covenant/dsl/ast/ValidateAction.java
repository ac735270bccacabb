package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.Optional;

/** {@code validate|cancel|hold ["reason"]}. */
public record ValidateAction(ValidateOutcome outcome, Optional<String> reason, SourceSpan span) implements Node {}
