package dev.covenant.dsl.internal.checker;

import dev.covenant.dsl.DiagnosticCode;
import dev.covenant.dsl.ast.And;
import dev.covenant.dsl.ast.Arithmetic;
import dev.covenant.dsl.ast.ArithmeticOperator;
import dev.covenant.dsl.ast.BooleanLiteral;
import dev.covenant.dsl.ast.Call;
import dev.covenant.dsl.ast.Comparison;
import dev.covenant.dsl.ast.ComparisonOperator;
import dev.covenant.dsl.ast.DateLiteral;
import dev.covenant.dsl.ast.DurationLiteral;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.ListLiteral;
import dev.covenant.dsl.ast.MoneyLiteral;
import dev.covenant.dsl.ast.Negate;
import dev.covenant.dsl.ast.Not;
import dev.covenant.dsl.ast.NumberLiteral;
import dev.covenant.dsl.ast.Of;
import dev.covenant.dsl.ast.Or;
import dev.covenant.dsl.ast.PercentLiteral;
import dev.covenant.dsl.ast.Presence;
import dev.covenant.dsl.ast.Reference;
import dev.covenant.dsl.ast.TextLiteral;
import dev.covenant.dsl.ast.Today;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.types.EnumDomain;
import dev.covenant.dsl.types.Field;
import dev.covenant.dsl.types.Root;
import dev.covenant.dsl.types.Symbol;
import dev.covenant.dsl.types.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Infers and checks the type of expressions. Bare words ({@code EUR}, {@code READY}) are typed
 * from the other side of a comparison, so {@code borrower.status != REDY} names the domain it
 * missed. An expression with an error gets {@link Type#UNKNOWN}, which fits everywhere, so one
 * mistake gives one diagnostic.
 */
final class ExpressionChecker {
  /** Money literals stay far inside what minor units in a long can hold, even summed. */
  private static final BigDecimal MAXIMUM_AMOUNT = new BigDecimal("1000000000000");
  /** About 2,700 years: any date plus such a duration is still a date. */
  private static final BigDecimal MAXIMUM_DAYS = new BigDecimal("1000000");

  private static final List<String> FUNCTIONS =
      List.of("end_of_month", "day_of_month", "day_of_week", "min", "max", "rollout");
  private static final Set<String> TIME_UNITS = Set.of("week", "weeks", "month", "months", "year", "years");

  private final DiagnosticSink sink;
  private final TypeTable table;
  private final Map<String, LetInfo> lets;
  private Phase phase = Phase.FINANCE;
  private LetInfo letBeingChecked;

  ExpressionChecker(DiagnosticSink sink, TypeTable table, Map<String, LetInfo> lets) {
    this.sink = sink;
    this.table = table;
    this.lets = lets;
  }

  /** Checks a let's value in phase LET and records what it reads. */
  void checkLet(LetInfo let) {
    Phase previous = phase;
    phase = Phase.LET;
    letBeingChecked = let;
    try {
      let.type = infer(let.declaration.value(), null);
    } finally {
      letBeingChecked = null;
      phase = previous;
      let.checked = true;
    }
  }

  /** Checks that {@code expr} has the expected type in {@code phase}; {@code role} names it in errors. */
  Type expect(Expr expr, Phase phase, Type expected, String role) {
    Phase previous = this.phase;
    this.phase = phase;
    try {
      Type actual = infer(expr, expected);
      if (actual instanceof Type.Percent && (expected instanceof Type.Money || expected instanceof Type.Number)) {
        percentWithoutOf(expr);
        return Type.UNKNOWN;
      }
      if (!fits(actual, expected)) {
        mismatch(expr, actual, role + " must be " + article(expected) + ", not " + article(actual));
        return Type.UNKNOWN;
      }
      return actual;
    } finally {
      this.phase = previous;
    }
  }

  /** Infers the type in {@code phase} without an expectation. */
  Type inferIn(Expr expr, Phase phase) {
    Phase previous = this.phase;
    this.phase = phase;
    try {
      return infer(expr, null);
    } finally {
      this.phase = previous;
    }
  }

  private Type infer(Expr expr, Type hint) {
    Type type = compute(expr, hint);
    table.type(expr, type);
    return type;
  }

  private Type compute(Expr expr, Type hint) {
    if (expr instanceof NumberLiteral) {
      return Type.NUMBER;
    } else if (expr instanceof MoneyLiteral money) {
      return money(money);
    } else if (expr instanceof PercentLiteral) {
      return Type.PERCENT;
    } else if (expr instanceof DurationLiteral duration) {
      if (duration.days().stripTrailingZeros().scale() > 0) {
        sink.report(DiagnosticCode.INVALID_DURATION, duration.span(),
            "a duration is a whole number of days, not " + duration.days().toPlainString());
      } else if (duration.days().abs().compareTo(MAXIMUM_DAYS) > 0) {
        sink.report(DiagnosticCode.NUMBER_OUT_OF_RANGE, duration.span(), "durations are limited to "
            + MAXIMUM_DAYS.toPlainString().replaceAll("\\B(?=(\\d{3})+$)", "_") + " days");
      }
      return Type.DURATION;
    } else if (expr instanceof TextLiteral) {
      return Type.TEXT;
    } else if (expr instanceof DateLiteral || expr instanceof Today) {
      return Type.DATE;
    } else if (expr instanceof BooleanLiteral) {
      return Type.BOOLEAN;
    } else if (expr instanceof ListLiteral list) {
      return list(list, hint);
    } else if (expr instanceof Reference reference) {
      return reference(reference, hint);
    } else if (expr instanceof Call call) {
      return call(call);
    } else if (expr instanceof Not not) {
      condition(not.operand(), "the operand of 'not'");
      return Type.BOOLEAN;
    } else if (expr instanceof And and) {
      and.operands().forEach(operand -> condition(operand, "each side of 'and'"));
      return Type.BOOLEAN;
    } else if (expr instanceof Or or) {
      or.operands().forEach(operand -> condition(operand, "each side of 'or'"));
      return Type.BOOLEAN;
    } else if (expr instanceof Negate negate) {
      Type operand = infer(negate.operand(), hint);
      if (!(operand instanceof Type.Money || operand instanceof Type.Number || operand instanceof Type.Duration
          || operand instanceof Type.Percent || operand instanceof Type.Unknown)) {
        mismatch(negate, operand, "cannot negate " + article(operand));
        return Type.UNKNOWN;
      }
      return operand;
    } else if (expr instanceof Arithmetic arithmetic) {
      return arithmetic(arithmetic, hint);
    } else if (expr instanceof Of of) {
      return of(of);
    } else if (expr instanceof Comparison comparison) {
      return comparison(comparison);
    } else if (expr instanceof Presence presence) {
      infer(presence.operand(), null);
      return Type.BOOLEAN;
    }
    throw new IllegalStateException("unhandled expression " + expr.getClass().getSimpleName());
  }

  private void condition(Expr expr, String role) {
    Type type = infer(expr, Type.BOOLEAN);
    if (!fits(type, Type.BOOLEAN)) {
      mismatch(expr, type, role + " must be a condition, not " + article(type));
    }
  }

  private Type money(MoneyLiteral money) {
    String code = money.currency();
    if (TIME_UNITS.contains(code)) {
      // "3 weeks" parses as money in the currency "weeks"; the author meant a duration.
      sink.report(DiagnosticCode.INVALID_DURATION, money.span(), "a duration is a number of days, such as 90 days; "
          + code + " is not a unit of the language");
      return Type.DURATION;
    }
    if (!EnumDomain.CURRENCY.contains(code)) {
      sink.report(DiagnosticCode.UNKNOWN_CURRENCY, money.span(), "unknown currency " + code
          + Suggestions.didYouMean(code, EnumDomain.CURRENCY.words()) + "; use an ISO 4217 code such as EUR");
      return Type.UNKNOWN;
    }
    int digits = Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    if (money.amount().abs().compareTo(MAXIMUM_AMOUNT) > 0) {
      sink.report(DiagnosticCode.NUMBER_OUT_OF_RANGE, money.span(), "amounts are limited to "
          + MAXIMUM_AMOUNT.toPlainString().replaceAll("\\B(?=(\\d{3})+$)", "_") + " " + code);
    } else if (money.amount().stripTrailingZeros().scale() > digits) {
      sink.report(DiagnosticCode.MONEY_PRECISION, money.span(), money.amount().toPlainString() + " " + code
          + " is finer than a " + code + " minor unit (" + digits + " decimals)");
    }
    return new Type.Money(Optional.of(code));
  }

  private Type list(ListLiteral list, Type hint) {
    Type element = hint instanceof Type.ListOf listHint ? listHint.element() : likeliestDomain(list).orElse(null);
    Type first = null;
    for (Expr item : list.elements()) {
      Type type = infer(item, element != null ? element : first);
      if (first == null || first instanceof Type.Unknown || isMoneyOfUnknownCurrency(first, type)) {
        first = type;
      } else if (first instanceof Type.Money held && type instanceof Type.Money money && currenciesDiffer(held, money)) {
        sink.report(DiagnosticCode.CURRENCY_MISMATCH, item.span(), "a list holds one currency: this is "
            + money.describe() + ", the list holds " + held.describe());
      } else if (!fits(type, first)) {
        mismatch(item, type, "a list holds one type: this is " + article(type) + ", the list holds "
            + plural(first));
      }
    }
    return new Type.ListOf(first == null ? Type.UNKNOWN : first);
  }

  /** A field's money has no currency at check time; the first literal that has one sets the list's. */
  private static boolean isMoneyOfUnknownCurrency(Type held, Type next) {
    return held instanceof Type.Money money && money.currency().isEmpty() && next instanceof Type.Money;
  }

  /**
   * Without context, the domain that holds most of the list's bare words. Some words are in two
   * domains (CHE is a currency and a country), so typing by the first word would reject [CHE, FRA].
   */
  private Optional<Type> likeliestDomain(ListLiteral list) {
    List<String> words = list.elements().stream().filter(this::isBareWord)
        .map(e -> ((Reference) e).path().get(0)).toList();
    EnumDomain best = null;
    long bestCount = 0;
    for (EnumDomain domain : EnumDomain.values()) {
      long count = words.stream().filter(domain::contains).count();
      if (count > bestCount) {
        best = domain;
        bestCount = count;
      }
    }
    return Optional.ofNullable(best).map(Type.Enum::new);
  }

  private Type reference(Reference reference, Type hint) {
    List<String> path = reference.path();
    Optional<Root> root = Root.byWord(path.get(0));
    if (root.isPresent()) {
      return field(reference, root.get());
    }
    String name = path.get(0);
    if (path.size() > 1) {
      List<String> candidates = Arrays.stream(Field.values()).map(Field::path).toList();
      sink.report(DiagnosticCode.UNKNOWN_NAME, reference.span(), "unknown name " + reference.dotted()
          + Suggestions.didYouMean(reference.dotted(), candidates));
      return Type.UNKNOWN;
    }
    LetInfo let = lets.get(name);
    if (let != null) {
      return let(reference, let);
    }
    Type expected = hint instanceof Type.ListOf list ? list.element() : hint;
    if (expected instanceof Type.Enum enumType) {
      EnumDomain domain = enumType.domain();
      if (domain.contains(name)) {
        table.symbol(reference, new Symbol.EnumValue(domain, name));
        return enumType;
      }
      sink.report(DiagnosticCode.UNKNOWN_ENUM_VALUE, reference.span(), name + " is not " + article(enumType)
          + Suggestions.didYouMean(name, domain.words()));
      return Type.UNKNOWN;
    }
    for (EnumDomain domain : EnumDomain.values()) {
      if (domain.contains(name)) {
        table.symbol(reference, new Symbol.EnumValue(domain, name));
        return new Type.Enum(domain);
      }
    }
    TreeSet<String> candidates = new TreeSet<>(lets.keySet());
    candidates.add("today");
    for (EnumDomain domain : EnumDomain.values()) {
      candidates.addAll(domain.words());
    }
    sink.report(DiagnosticCode.UNKNOWN_NAME, reference.span(),
        "unknown name " + name + Suggestions.didYouMean(name, candidates));
    return Type.UNKNOWN;
  }

  private Type field(Reference reference, Root root) {
    List<String> path = reference.path();
    if (path.size() == 1) {
      sink.report(DiagnosticCode.UNKNOWN_FIELD, reference.span(), root.word()
          + " is not a value; name one of its fields, such as " + anyField(root).path());
      return Type.UNKNOWN;
    }
    String dotted = reference.dotted();
    Optional<Field> field;
    Optional<String> key = Optional.empty();
    if (path.size() == 3 && dotted.startsWith(Field.INVOICE_METADATA.path() + ".")) {
      field = Optional.of(Field.INVOICE_METADATA);
      key = Optional.of(path.get(2));
    } else {
      field = Field.byPath(dotted).filter(f -> !f.takesKey());
    }
    if (field.isEmpty()) {
      List<String> candidates = Arrays.stream(Field.values()).filter(f -> f.root() == root)
          .map(f -> f.takesKey() ? f.path() + ".<key>" : f.path()).toList();
      String hint = isMetadata(dotted)
          ? " (name one key: invoice.metadata.<key>)"
          : Suggestions.didYouMeanField(dotted, candidates);
      sink.report(DiagnosticCode.UNKNOWN_FIELD, reference.span(), "unknown field " + dotted + hint);
      return Type.UNKNOWN;
    }
    table.symbol(reference, new Symbol.FieldSymbol(field.get(), key));
    if (letBeingChecked != null) {
      letBeingChecked.fields.add(field.get());
    }
    if (!phase.allows(field.get())) {
      sink.report(DiagnosticCode.FIELD_NOT_AVAILABLE, reference.span(), notAvailable(field.get()));
      return Type.UNKNOWN;
    }
    return field.get().type();
  }

  /** Metadata without a key, or with a dotted one: keys are one word, so both need the same hint. */
  private static boolean isMetadata(String dotted) {
    String metadata = Field.INVOICE_METADATA.path();
    return dotted.equals(metadata) || dotted.startsWith(metadata + ".");
  }

  private String notAvailable(Field field) {
    if (field == Field.CREDIT_LINE_AVAILABLE) {
      return "credit_line.available exists only in finance rules (it depends on the batch); use credit_line.balance_available";
    }
    return field.path() + " cannot be used in " + phase.description() + ": they see only "
        + String.join(", ", allowedRoots());
  }

  private List<String> allowedRoots() {
    List<String> roots = new ArrayList<>();
    for (Root root : Root.values()) {
      if (phase.allows(root)) {
        roots.add(root.word() + ".*");
      }
    }
    roots.add("today");
    return roots;
  }

  private static Field anyField(Root root) {
    return Arrays.stream(Field.values()).filter(f -> f.root() == root).findFirst().orElseThrow();
  }

  private Type let(Reference reference, LetInfo let) {
    table.symbol(reference, new Symbol.LetSymbol(let.declaration));
    let.used = true;
    if (!let.checked) {
      if (let == letBeingChecked) {
        sink.report(DiagnosticCode.LET_BEFORE_DEFINITION, reference.span(),
            "let " + let.declaration.name() + " cannot use itself");
      } else {
        sink.report(DiagnosticCode.LET_BEFORE_DEFINITION, reference.span(), "let " + let.declaration.name()
            + " is used before its definition on line " + let.declaration.span().line() + "; move the let up");
      }
      return Type.UNKNOWN;
    }
    if (letBeingChecked != null) {
      letBeingChecked.fields.addAll(let.fields);
    }
    for (Field field : let.fields) {
      if (!phase.allows(field)) {
        sink.report(DiagnosticCode.FIELD_NOT_AVAILABLE, reference.span(), "let " + let.declaration.name()
            + " reads " + field.path() + ", which " + phase.description() + " cannot see");
        return Type.UNKNOWN;
      }
    }
    return let.type;
  }

  private Type call(Call call) {
    String function = call.function();
    if (!FUNCTIONS.contains(function)) {
      call.arguments().forEach(argument -> infer(argument, null));
      sink.report(DiagnosticCode.UNKNOWN_FUNCTION, call.span(), "unknown function " + function
          + Suggestions.didYouMean(function, FUNCTIONS) + "; the functions are " + String.join(", ", FUNCTIONS));
      return Type.UNKNOWN;
    }
    int expectedCount = function.equals("min") || function.equals("max") || function.equals("rollout") ? 2 : 1;
    if (call.arguments().size() != expectedCount) {
      call.arguments().forEach(argument -> infer(argument, null));
      sink.report(DiagnosticCode.WRONG_ARGUMENT_COUNT, call.span(), function + " takes " + expectedCount
          + (expectedCount == 1 ? " argument" : " arguments") + ", not " + call.arguments().size());
      return resultOf(function, Type.UNKNOWN);
    }
    switch (function) {
      case "min", "max" -> {
        Type first = infer(call.arguments().get(0), null);
        Type second = infer(call.arguments().get(1), first);
        if (!(first instanceof Type.Money || first instanceof Type.Date || first instanceof Type.Number
            || first instanceof Type.Duration || first instanceof Type.Percent || first instanceof Type.Unknown)) {
          mismatch(call.arguments().get(0), first, function + " compares money, dates, durations, numbers or percents, not "
              + plural(first));
          return Type.UNKNOWN;
        }
        return sameType(call.arguments().get(1), first, second, function + "'s arguments") ? first : Type.UNKNOWN;
      }
      case "rollout" -> {
        argument(call.arguments().get(0), Type.TEXT, "rollout's first argument");
        argument(call.arguments().get(1), Type.PERCENT, "rollout's second argument");
        return Type.BOOLEAN;
      }
      default -> {
        argument(call.arguments().get(0), Type.DATE, function + "'s argument");
        return resultOf(function, Type.UNKNOWN);
      }
    }
  }

  private static Type resultOf(String function, Type otherwise) {
    return switch (function) {
      case "end_of_month" -> Type.DATE;
      case "day_of_month" -> Type.NUMBER;
      case "day_of_week" -> new Type.Enum(EnumDomain.WEEKDAY);
      case "rollout" -> Type.BOOLEAN;
      default -> otherwise;
    };
  }

  private void argument(Expr argument, Type expected, String role) {
    Type type = infer(argument, expected);
    if (!fits(type, expected)) {
      mismatch(argument, type, role + " must be " + article(expected) + ", not " + article(type));
    }
  }

  private Type arithmetic(Arithmetic arithmetic, Type hint) {
    Type left = infer(arithmetic.left(), hint);
    Type right = infer(arithmetic.right(), left);
    boolean plus = arithmetic.operator() == ArithmeticOperator.PLUS;
    if (left instanceof Type.Unknown || right instanceof Type.Unknown) {
      return Type.UNKNOWN;
    }
    if (left instanceof Type.Money leftMoney && right instanceof Type.Money rightMoney) {
      if (currenciesDiffer(leftMoney, rightMoney)) {
        sink.report(DiagnosticCode.CURRENCY_MISMATCH, arithmetic.span(), "cannot " + (plus ? "add " : "subtract ")
            + rightMoney.describe() + (plus ? " to " : " from ") + leftMoney.describe());
        return Type.UNKNOWN;
      }
      return leftMoney.currency().isPresent() ? leftMoney : rightMoney;
    }
    if (left instanceof Type.Date && right instanceof Type.Duration) {
      return Type.DATE;
    }
    if (plus && left instanceof Type.Duration && right instanceof Type.Date) {
      return Type.DATE;
    }
    if (!plus && left instanceof Type.Date && right instanceof Type.Date) {
      return Type.DURATION;
    }
    if (left.getClass() == right.getClass()
        && (left instanceof Type.Duration || left instanceof Type.Number || left instanceof Type.Percent)) {
      return left;
    }
    if (left instanceof Type.Percent || right instanceof Type.Percent) {
      Expr percent = left instanceof Type.Percent ? arithmetic.left() : arithmetic.right();
      percentWithoutOf(percent);
      return Type.UNKNOWN;
    }
    mismatch(arithmetic, left, "cannot " + (plus ? "add " : "subtract ") + article(right)
        + (plus ? " to " : " from ") + article(left));
    return Type.UNKNOWN;
  }

  private Type of(Of of) {
    Type percent = infer(of.percent(), Type.PERCENT);
    Type base = infer(of.base(), null);
    if (!fits(percent, Type.PERCENT)) {
      mismatch(of.percent(), percent, "'of' needs a percentage on its left, such as 80%, not " + article(percent));
      return Type.UNKNOWN;
    }
    if (base instanceof Type.Money || base instanceof Type.Number || base instanceof Type.Unknown) {
      return base;
    }
    mismatch(of.base(), base, "'of' takes a percentage of money or of a number, not of " + article(base));
    return Type.UNKNOWN;
  }

  private Type comparison(Comparison comparison) {
    ComparisonOperator operator = comparison.operator();
    Expr leftExpr = comparison.left();
    Expr rightExpr = comparison.right();
    Type left;
    Type right;
    if (isBareWord(leftExpr) && !isBareWord(rightExpr)) {
      right = infer(rightExpr, null);
      left = infer(leftExpr, operator.isMembership() && right instanceof Type.ListOf list ? list.element() : right);
    } else {
      left = infer(leftExpr, operator.isTextTest() ? Type.TEXT : null);
      right = infer(rightExpr, operator.isMembership() ? new Type.ListOf(left) : left);
    }
    if (left instanceof Type.Unknown || right instanceof Type.Unknown) {
      return Type.BOOLEAN;
    }
    if (operator.isMembership()) {
      if (!(right instanceof Type.ListOf list)) {
        mismatch(rightExpr, right, "'" + operator.symbol() + "' needs a list on its right, such as [FRA, DEU], not "
            + article(right));
      } else {
        sameType(rightExpr, left, list.element(), "'" + operator.symbol() + "' on " + plural(left) + " needs a list of "
            + plural(left) + ", and this list holds " + plural(list.element()) + "; so the list");
      }
      return Type.BOOLEAN;
    }
    if (operator.isTextTest()) {
      if (!(left instanceof Type.Text)) {
        mismatch(leftExpr, left, "'" + operator.symbol() + "' works on text, not " + article(left));
      } else if (!(right instanceof Type.Text)) {
        mismatch(rightExpr, right, "'" + operator.symbol() + "' needs text on its right, not " + article(right));
      }
      return Type.BOOLEAN;
    }
    if (isPercentMisuse(left, right)) {
      // Point at the percentage, not the whole comparison: it is what lacks its 'of'.
      percentWithoutOf(left instanceof Type.Percent ? leftExpr : rightExpr);
      return Type.BOOLEAN;
    }
    if (left instanceof Type.ListOf || right instanceof Type.ListOf) {
      // Whole lists are not compared: what a policy means is membership, which 'in' says.
      Type list = left instanceof Type.ListOf ? left : right;
      mismatch(comparison, list, "'" + operator.symbol() + "' compares single values, not " + plural(list)
          + "; to test membership, write x in [...]");
      return Type.BOOLEAN;
    }
    if (sameType(comparison, left, right, "both sides of '" + operator.symbol() + "'") && operator.isOrdering()
        && !(left instanceof Type.Money || left instanceof Type.Date || left instanceof Type.Duration
            || left instanceof Type.Number || left instanceof Type.Percent)) {
      mismatch(comparison, left, "'" + operator.symbol() + "' orders money, dates, durations, numbers or percents, not "
          + plural(left));
    }
    return Type.BOOLEAN;
  }

  /** True when {@code actual} may stand where {@code expected} is; reports currency and percent misuse itself. */
  private boolean sameType(Expr at, Type expected, Type actual, String role) {
    if (expected instanceof Type.Money expectedMoney && actual instanceof Type.Money actualMoney) {
      if (currenciesDiffer(expectedMoney, actualMoney)) {
        sink.report(DiagnosticCode.CURRENCY_MISMATCH, at.span(), role + " mix " + expectedMoney.describe() + " and "
            + actualMoney.describe());
        return false;
      }
      return true;
    }
    if (fits(actual, expected)) {
      return true;
    }
    if (isPercentMisuse(expected, actual)) {
      percentWithoutOf(at);
      return false;
    }
    mismatch(at, actual, role + " must have the same type, not " + expected.describe() + " and " + actual.describe());
    return false;
  }

  /** A percentage meeting money or a number: what was meant is {@code N% of} it. */
  private static boolean isPercentMisuse(Type a, Type b) {
    return (a instanceof Type.Percent) != (b instanceof Type.Percent)
        && (a instanceof Type.Money || b instanceof Type.Money || a instanceof Type.Number || b instanceof Type.Number);
  }

  private void percentWithoutOf(Expr at) {
    sink.report(DiagnosticCode.PERCENT_WITHOUT_OF, at.span(),
        "a percentage needs 'of' to become an amount, as in 80% of invoice.to_pay_amount");
  }

  private static boolean currenciesDiffer(Type.Money a, Type.Money b) {
    return a.currency().isPresent() && b.currency().isPresent() && !a.currency().equals(b.currency());
  }

  /** Static compatibility; money of any two currencies fits (currencies are checked where they meet). */
  static boolean fits(Type actual, Type expected) {
    if (actual instanceof Type.Unknown || expected instanceof Type.Unknown) {
      return true;
    }
    if (actual instanceof Type.ListOf a && expected instanceof Type.ListOf e) {
      return fits(a.element(), e.element());
    }
    if (actual instanceof Type.Enum a && expected instanceof Type.Enum e) {
      return a.domain() == e.domain();
    }
    return actual.getClass() == expected.getClass();
  }

  private boolean isBareWord(Expr expr) {
    return expr instanceof Reference reference && reference.path().size() == 1
        && !lets.containsKey(reference.path().get(0)) && Root.byWord(reference.path().get(0)).isEmpty();
  }

  private void mismatch(Expr at, Type actual, String message) {
    sink.report(DiagnosticCode.TYPE_MISMATCH, at.span(), message);
  }

  static String article(Type type) {
    String description = type.describe();
    // Money and text are uncountable: "must be text", not "must be a text".
    if (type instanceof Type.ListOf || type instanceof Type.Money || type instanceof Type.Text
        || type instanceof Type.Unknown) {
      return description;
    }
    return (Set.of('a', 'e', 'i', 'o', 'u').contains(description.charAt(0)) ? "an " : "a ") + description;
  }

  private static String plural(Type type) {
    if (type instanceof Type.Money || type instanceof Type.Text) {
      return type.describe();
    }
    if (type instanceof Type.ListOf list) {
      return list.element() instanceof Type.Unknown ? "empty lists" : "lists of " + plural(list.element());
    }
    return pluralOf(type.describe());
  }

  /** Enum domains are English nouns: country, currency, borrower status, weekday. */
  private static String pluralOf(String noun) {
    if (noun.endsWith("s")) {
      return noun + "es";
    }
    if (noun.endsWith("y") && !Set.of('a', 'e', 'i', 'o', 'u').contains(noun.charAt(noun.length() - 2))) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
  }
}
