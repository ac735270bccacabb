package dev.covenant.core.internal.engine;

import java.util.List;
import java.util.Optional;

/**
 * A compiled expression. Subclasses evaluate to one primitive-friendly representation each
 * ({@link BoolNode}, {@link LongNode}, {@link TextNode}, {@link NumberNode}); {@link #display}
 * is the slow path explanations use, over the same evaluation.
 */
abstract class Node {
  /** The expression as written in the policy. */
  final String text;

  Node(String text) {
    this.text = text;
  }

  /** The value in words for explanations; empty when missing. */
  abstract Optional<String> display(Env e);

  /** The value as a comparable Java object (Money, LocalDate, BigDecimal, String...), null when missing. */
  abstract Object boxed(Env e);

  /** Sub-expressions whose values an explanation shows. */
  List<Node> operands() {
    return List.of();
  }

  /** Everything this node evaluates, lets included (which {@link #operands} keeps out of explanations). */
  List<Node> inputs() {
    return operands();
  }

  /** True when evaluating reads what earlier decisions of a batch change: availability or exposure. */
  boolean readsBatchState() {
    for (Node input : inputs()) {
      if (input.readsBatchState()) {
        return true;
      }
    }
    return false;
  }

  /** True when the value depends on no input, so it can be folded at compile time. */
  boolean isConstant() {
    return false;
  }

  /** True for a value written literally, which an explanation need not repeat. */
  boolean isLiteral() {
    return false;
  }
}
