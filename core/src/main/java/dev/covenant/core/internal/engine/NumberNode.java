package dev.covenant.core.internal.engine;

import java.math.BigDecimal;
import java.util.Optional;

/** An exact decimal number (or a percent, as its number: 1.5 for 1.5%); null when missing. */
abstract class NumberNode extends Node {
  final boolean percent;

  NumberNode(String text, boolean percent) {
    super(text);
    this.percent = percent;
  }

  abstract BigDecimal eval(Env e);

  @Override
  Optional<String> display(Env e) {
    BigDecimal value = eval(e);
    return value == null ? Optional.empty() : Optional.of(value.stripTrailingZeros().toPlainString() + (percent ? "%" : ""));
  }

  @Override
  Object boxed(Env e) {
    return eval(e);
  }
}
