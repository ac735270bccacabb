package dev.covenant.dsl.types;

import java.util.Optional;

/**
 * The type of a policy expression, as the checker infers it. Money carries its currency when it
 * is known at check time ({@code 500 EUR}); a field's currency is only known at evaluation.
 */
public sealed interface Type {

  /** How the type is named in diagnostics, e.g. {@code money (EUR)} or {@code list of country}. */
  String describe();

  record Money(Optional<String> currency) implements Type {
    public static final Money ANY_CURRENCY = new Money(Optional.empty());

    public String describe() {
      return currency.map(c -> "money (" + c + ")").orElse("money");
    }
  }

  record Percent() implements Type {
    public String describe() {
      return "percent";
    }
  }

  record Date() implements Type {
    public String describe() {
      return "date";
    }
  }

  record Duration() implements Type {
    public String describe() {
      return "duration";
    }
  }

  record Number() implements Type {
    public String describe() {
      return "number";
    }
  }

  record Text() implements Type {
    public String describe() {
      return "text";
    }
  }

  record Bool() implements Type {
    public String describe() {
      return "condition";
    }
  }

  record Enum(EnumDomain domain) implements Type {
    public String describe() {
      return domain.description();
    }
  }

  /** A homogeneous list; {@link Unknown} elements for the empty list {@code []}. */
  record ListOf(Type element) implements Type {
    public String describe() {
      return element instanceof Unknown ? "empty list" : "list of " + element.describe();
    }
  }

  /** The type of an expression that already has an error: compatible with everything, so one mistake gives one diagnostic. */
  record Unknown() implements Type {
    public String describe() {
      return "unknown";
    }
  }

  Type PERCENT = new Percent();
  Type DATE = new Date();
  Type DURATION = new Duration();
  Type NUMBER = new Number();
  Type TEXT = new Text();
  Type BOOLEAN = new Bool();
  Type UNKNOWN = new Unknown();
}
