package dev.covenant.core.internal.engine;

import java.util.Optional;

/** A condition. Two-valued: a comparison with a missing operand is false. */
abstract class BoolNode extends Node {
  BoolNode(String text) {
    super(text);
  }

  abstract boolean test(Env e);

  @Override
  Optional<String> display(Env e) {
    return Optional.of(Boolean.toString(test(e)));
  }

  @Override
  Object boxed(Env e) {
    return test(e);
  }
}
