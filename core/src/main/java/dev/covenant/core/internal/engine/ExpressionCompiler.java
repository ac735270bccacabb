package dev.covenant.core.internal.engine;

import dev.covenant.core.model.Money;
import dev.covenant.dsl.CheckedPolicy;
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
import dev.covenant.dsl.ast.LetDeclaration;
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
import dev.covenant.dsl.types.Field;
import dev.covenant.dsl.types.Symbol;
import dev.covenant.dsl.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles checked expressions to nodes, once per policy. Types come from the checker, so every
 * shape here is one the checker accepted; anything else is a bug, not a user error.
 */
final class ExpressionCompiler {
  private final CheckedPolicy policy;
  private final SourceText source;
  private final Map<LetDeclaration, Node> lets = new HashMap<>();

  ExpressionCompiler(CheckedPolicy policy) {
    this.policy = policy;
    this.source = new SourceText(policy.source().text());
  }

  String text(Expr expr) {
    return source.of(expr.span());
  }

  BoolNode condition(Expr expr) {
    return (BoolNode) compile(expr);
  }

  LongNode value(Expr expr) {
    return (LongNode) compile(expr);
  }

  Node compile(Expr expr) {
    String text = text(expr);
    if (expr instanceof MoneyLiteral money) {
      long minor = Money.of(money.amount(), money.currency()).minorUnits();
      return new LongNodes.Constant(text, LongNode.Kind.MONEY, minor, money.currency(), true);
    } else if (expr instanceof NumberLiteral number) {
      return new NumberNodes.Constant(text, number.value(), false, true);
    } else if (expr instanceof PercentLiteral percent) {
      return new NumberNodes.Constant(text, percent.value(), true, true);
    } else if (expr instanceof DurationLiteral duration) {
      return new LongNodes.Constant(text, LongNode.Kind.DURATION, duration.days().longValueExact(), null, true);
    } else if (expr instanceof DateLiteral date) {
      return new LongNodes.Constant(text, LongNode.Kind.DATE, date.value().toEpochDay(), null, true);
    } else if (expr instanceof TextLiteral literal) {
      return new TextNodes.Constant(text, literal.value(), true, true);
    } else if (expr instanceof BooleanLiteral bool) {
      return new BoolNodes.Constant(text, bool.value(), true);
    } else if (expr instanceof Today) {
      return new LongNodes.Today(text);
    } else if (expr instanceof ListLiteral list) {
      List<Node> elements = new ArrayList<>();
      list.elements().forEach(element -> elements.add(compile(element)));
      return new Comparisons.ListNode(text, elements, true);
    } else if (expr instanceof Reference reference) {
      return reference(reference, text);
    } else if (expr instanceof Call call) {
      return call(call, text);
    } else if (expr instanceof Not not) {
      return new BoolNodes.Not(text, condition(not.operand()));
    } else if (expr instanceof Negate negate) {
      Node operand = compile(negate.operand());
      if (operand instanceof LongNode value) {
        return new LongNodes.Negate(text, value);
      }
      return new NumberNodes.Combined(text, NumberNodes.Combined.Operation.NEGATE, (NumberNode) operand, null);
    } else if (expr instanceof And and) {
      List<BoolNode> operands = new ArrayList<>();
      and.operands().forEach(operand -> operands.add(condition(operand)));
      return new BoolNodes.And(text, operands);
    } else if (expr instanceof Or or) {
      List<BoolNode> operands = new ArrayList<>();
      or.operands().forEach(operand -> operands.add(condition(operand)));
      return new BoolNodes.Or(text, operands);
    } else if (expr instanceof Arithmetic arithmetic) {
      return arithmetic(arithmetic, text, policy.typeOf(arithmetic));
    } else if (expr instanceof Of of) {
      // The checker allows a percentage of money (rounded to the minor unit) or of a number (exact).
      Node base = compile(of.base());
      NumberNode percent = (NumberNode) compile(of.percent());
      return base instanceof NumberNode number ? new NumberNodes.PercentOf(text, percent, number)
          : new LongNodes.PercentOf(text, percent, (LongNode) base);
    } else if (expr instanceof Comparison comparison) {
      return comparison(comparison, text);
    } else if (expr instanceof Presence presence) {
      return new BoolNodes.Presence(text, compile(presence.operand()), presence.present());
    }
    throw new IllegalStateException("no compiler for " + expr.getClass().getSimpleName());
  }

  private Node reference(Reference reference, String text) {
    Symbol symbol = policy.symbolOf(reference);
    if (symbol instanceof Symbol.EnumValue value) {
      return new TextNodes.Constant(text, value.value(), false, true);
    } else if (symbol instanceof Symbol.LetSymbol let) {
      return let(let.declaration());
    }
    Symbol.FieldSymbol field = (Symbol.FieldSymbol) symbol;
    return field(field.field(), field.key().orElse(null), text);
  }

  private static Node field(Field field, String metadataKey, String text) {
    Type type = field.type();
    if (type instanceof Type.Money) {
      return new LongNodes.MoneyField(text, field);
    } else if (type instanceof Type.Date) {
      return new LongNodes.DateField(text, field);
    } else if (type instanceof Type.Number) {
      return new NumberNodes.FieldValue(text, field);
    }
    return new TextNodes.FieldValue(text, field, metadataKey, type instanceof Type.Text);
  }

  /** A let compiles once; constants fold under the let's name, so explanations still say which let. */
  private Node let(LetDeclaration declaration) {
    Node cached = lets.get(declaration);
    if (cached != null) {
      return cached;
    }
    Node value = compile(declaration.value());
    String name = declaration.name();
    Node let;
    if (value instanceof LongNodes.Constant constant) {
      let = new LongNodes.Constant(name, constant.kind, constant.value, constant.currency, false);
    } else if (value instanceof LongNode longValue) {
      let = new LongNodes.Let(name, longValue);
    } else if (value instanceof TextNodes.Constant constant) {
      let = new TextNodes.Constant(name, constant.value, constant.quoted, false);
    } else if (value instanceof TextNode textValue) {
      let = new TextNodes.Let(name, textValue);
    } else if (value instanceof NumberNodes.Constant constant) {
      let = new NumberNodes.Constant(name, constant.value, constant.percent, false);
    } else if (value instanceof NumberNode number) {
      let = new NumberNodes.Let(name, number);
    } else if (value instanceof Comparisons.ListNode list) {
      let = new Comparisons.ListNode(name, list.elements, false);
    } else {
      let = new BoolNodes.Let(name, (BoolNode) value);
    }
    lets.put(declaration, let);
    return let;
  }

  private Node call(Call call, String text) {
    List<Expr> arguments = call.arguments();
    switch (call.function()) {
      case "end_of_month":
        return new LongNodes.EndOfMonth(text, value(arguments.get(0)));
      case "day_of_month":
        return new NumberNodes.DayOfMonth(text, value(arguments.get(0)));
      case "day_of_week":
        return new TextNodes.DayOfWeek(text, value(arguments.get(0)));
      case "rollout":
        return new BoolNodes.Rollout(text, (TextNode) compile(arguments.get(0)), (NumberNode) compile(arguments.get(1)));
      case "min":
      case "max":
        boolean min = call.function().equals("min");
        Node left = compile(arguments.get(0));
        Node right = compile(arguments.get(1));
        if (left instanceof LongNode a) {
          return new LongNodes.MinMax(text, a, (LongNode) right, min);
        }
        return new NumberNodes.Combined(text, min ? NumberNodes.Combined.Operation.MIN : NumberNodes.Combined.Operation.MAX,
            (NumberNode) left, (NumberNode) right);
      default:
        throw new IllegalStateException("the checker let an unknown function through: " + call.function());
    }
  }

  private Node arithmetic(Arithmetic arithmetic, String text, Type type) {
    boolean minus = arithmetic.operator() == ArithmeticOperator.MINUS;
    Node left = compile(arithmetic.left());
    Node right = compile(arithmetic.right());
    if (left instanceof NumberNode a) {
      return new NumberNodes.Combined(text, minus ? NumberNodes.Combined.Operation.MINUS : NumberNodes.Combined.Operation.PLUS,
          a, (NumberNode) right);
    }
    LongNode a = (LongNode) left;
    LongNode b = (LongNode) right;
    if (type instanceof Type.Money) {
      return new LongNodes.Arithmetic(text, LongNode.Kind.MONEY, a, b, minus);
    } else if (type instanceof Type.Date) {
      // "3 days + date" reads the same as "date + 3 days".
      return a.kind == LongNode.Kind.DATE
          ? new LongNodes.Arithmetic(text, LongNode.Kind.DATE, a, b, minus)
          : new LongNodes.Arithmetic(text, LongNode.Kind.DATE, b, a, false);
    }
    return new LongNodes.Arithmetic(text, LongNode.Kind.DURATION, a, b, minus);
  }

  private Node comparison(Comparison comparison, String text) {
    ComparisonOperator operator = comparison.operator();
    Node left = compile(comparison.left());
    Node right = compile(comparison.right());
    if (operator.isMembership()) {
      if (left instanceof TextNode value && right instanceof Comparisons.ListNode list && list.isConstant()
          && list.elements.stream().allMatch(e -> e instanceof TextNode)) {
        List<String> values = new ArrayList<>();
        list.elements.forEach(element -> values.add(((TextNode) element).eval(null)));
        return new Comparisons.TextInConstants(text, value, operator == ComparisonOperator.IN, list, values);
      }
      return new Comparisons.Boxed(text, left, operator, right);
    }
    if (operator.isTextTest()) {
      return new Comparisons.TextTest(text, (TextNode) left, operator, (TextNode) right);
    }
    int op = Comparisons.code(operator);
    if (left instanceof LongNode a && right instanceof LongNode b) {
      if (b instanceof LongNodes.Constant constant) {
        return longVsConstant(text, a, op, constant);
      } else if (a instanceof LongNodes.Constant constant) {
        return longVsConstant(text, b, Comparisons.flip(op), constant);
      }
      return new Comparisons.LongVsLong(text, a, op, b);
    }
    if (left instanceof TextNode a && right instanceof TextNode b) {
      boolean equal = op == Comparisons.EQUAL;
      if (b.isConstant()) {
        return new Comparisons.TextVsConstant(text, a, equal, b);
      } else if (a.isConstant()) {
        return new Comparisons.TextVsConstant(text, b, equal, a);
      }
      return new Comparisons.TextTest(text, a, operator, b);
    }
    if (left instanceof NumberNode a && right instanceof NumberNode b) {
      return new Comparisons.NumberVsNumber(text, a, op, b);
    }
    return new Comparisons.Boxed(text, left, operator, right);
  }

  private static BoolNode longVsConstant(String text, LongNode value, int op, LongNodes.Constant constant) {
    if (value instanceof LongNodes.MoneyField field && constant.kind == LongNode.Kind.MONEY) {
      return new Comparisons.MoneyFieldVsConstant(text, field, op, constant);
    }
    return new Comparisons.LongVsConstant(text, value, op, constant);
  }
}
