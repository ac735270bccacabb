package dev.covenant.dsl.internal.checker;

import dev.covenant.dsl.ast.And;
import dev.covenant.dsl.ast.BooleanLiteral;
import dev.covenant.dsl.ast.Comparison;
import dev.covenant.dsl.ast.DateLiteral;
import dev.covenant.dsl.ast.DurationLiteral;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.MoneyLiteral;
import dev.covenant.dsl.ast.Not;
import dev.covenant.dsl.ast.NumberLiteral;
import dev.covenant.dsl.ast.Or;
import dev.covenant.dsl.ast.PercentLiteral;
import dev.covenant.dsl.ast.TextLiteral;
import java.util.Optional;

/** The value of a condition made only of literals ({@code true}, {@code 1 < 2}), for reachability warnings. */
final class ConstantCondition {
  private ConstantCondition() {}

  static Optional<Boolean> valueOf(Expr expr) {
    if (expr instanceof BooleanLiteral bool) {
      return Optional.of(bool.value());
    } else if (expr instanceof Not not) {
      return valueOf(not.operand()).map(value -> !value);
    } else if (expr instanceof And and) {
      boolean allTrue = true;
      for (Expr operand : and.operands()) {
        Optional<Boolean> value = valueOf(operand);
        if (value.isPresent() && !value.get()) {
          return Optional.of(false);
        }
        allTrue &= value.orElse(false);
      }
      return allTrue ? Optional.of(true) : Optional.empty();
    } else if (expr instanceof Or or) {
      boolean allFalse = true;
      for (Expr operand : or.operands()) {
        Optional<Boolean> value = valueOf(operand);
        if (value.isPresent() && value.get()) {
          return Optional.of(true);
        }
        allFalse &= value.isPresent();
      }
      return allFalse ? Optional.of(false) : Optional.empty();
    } else if (expr instanceof Comparison comparison) {
      return compare(comparison);
    }
    return Optional.empty();
  }

  private static Optional<Boolean> compare(Comparison comparison) {
    Optional<Integer> order = order(comparison.left(), comparison.right());
    if (order.isEmpty()) {
      return Optional.empty();
    }
    int c = order.get();
    return switch (comparison.operator()) {
      case LESS -> Optional.of(c < 0);
      case LESS_OR_EQUAL -> Optional.of(c <= 0);
      case GREATER -> Optional.of(c > 0);
      case GREATER_OR_EQUAL -> Optional.of(c >= 0);
      case EQUAL -> Optional.of(c == 0);
      case NOT_EQUAL -> Optional.of(c != 0);
      default -> Optional.empty();
    };
  }

  private static Optional<Integer> order(Expr left, Expr right) {
    if (left instanceof NumberLiteral a && right instanceof NumberLiteral b) {
      return Optional.of(a.value().compareTo(b.value()));
    } else if (left instanceof MoneyLiteral a && right instanceof MoneyLiteral b && a.currency().equals(b.currency())) {
      return Optional.of(a.amount().compareTo(b.amount()));
    } else if (left instanceof PercentLiteral a && right instanceof PercentLiteral b) {
      return Optional.of(a.value().compareTo(b.value()));
    } else if (left instanceof DurationLiteral a && right instanceof DurationLiteral b) {
      return Optional.of(a.days().compareTo(b.days()));
    } else if (left instanceof DateLiteral a && right instanceof DateLiteral b) {
      return Optional.of(a.value().compareTo(b.value()));
    } else if (left instanceof TextLiteral a && right instanceof TextLiteral b) {
      return Optional.of(Integer.signum(a.value().compareTo(b.value())));
    }
    return Optional.empty();
  }
}
