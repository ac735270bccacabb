package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A parsed policy file: its header ({@code headerSpan} locates it) and its declarations in source order.
 *
 * <pre>{@code
 * policy "marketplace-receivables" version 3
 * }</pre>
 */
public record Policy(
    String name, Optional<String> version, SourceSpan headerSpan, List<Declaration> declarations, SourceSpan span)
    implements Node {

  public Policy {
    declarations = List.copyOf(declarations);
  }

  /** The declarations of one kind, in source order. */
  public <D extends Declaration> List<D> declarations(Class<D> kind) {
    return declarations.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The {@code finance} block, if the policy has one (the checker allows at most one). */
  public Optional<FinanceBlock> finance() {
    return declarations(FinanceBlock.class).stream().findFirst();
  }

  /** The {@code validate} block, if the policy has one. */
  public Optional<ValidateBlock> validate() {
    return declarations(ValidateBlock.class).stream().findFirst();
  }
}
