package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.core.model.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Money (minor units, with a currency known per evaluation), a date (epoch day in the policy's
 * timezone) or a duration (days), as a long; {@link Env#MISSING} when missing.
 */
abstract class LongNode extends Node {
  enum Kind { MONEY, DATE, DURATION }

  final Kind kind;

  LongNode(String text, Kind kind) {
    super(text);
    this.kind = kind;
  }

  abstract long eval(Env e);

  /** The currency of a money value; null for other kinds or when unknown. */
  String currency(Env e) {
    return null;
  }


  @Override
  Optional<String> display(Env e) {
    Object value = boxed(e);
    if (value == null) {
      return Optional.empty();
    }
    if (kind == Kind.DURATION) {
      return Optional.of(value + (Math.abs(((Number) value).longValue()) == 1 ? " day" : " days"));
    }
    return Optional.of(value.toString());
  }

  @Override
  Object boxed(Env e) {
    long value = eval(e);
    if (value == MISSING) {
      return null;
    }
    switch (kind) {
      case MONEY:
        String currency = currency(e);
        return currency == null ? null : new Money(value, currency);
      case DATE:
        return LocalDate.ofEpochDay(value);
      default:
        return value;
    }
  }
}
