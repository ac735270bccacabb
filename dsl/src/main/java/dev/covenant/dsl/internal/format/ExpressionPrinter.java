package dev.covenant.dsl.internal.format;

import dev.covenant.dsl.Limits;
import dev.covenant.dsl.ast.And;
import dev.covenant.dsl.ast.Arithmetic;
import dev.covenant.dsl.ast.BooleanLiteral;
import dev.covenant.dsl.ast.Call;
import dev.covenant.dsl.ast.Comparison;
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
import dev.covenant.dsl.internal.parser.TextLiterals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints an expression in canonical form with the fewest parentheses that keep its tree: parsing
 * the output gives back the same tree. The checker also uses the output as a structural key.
 */
public final class ExpressionPrinter {
  private static final int OR = 1;
  private static final int AND = 2;
  private static final int NOT = 3;
  private static final int COMPARISON = 4;
  private static final int ADDITIVE = 5;
  private static final int OF = 6;
  private static final int UNARY = 7;
  private static final int PRIMARY = 8;
  /** Operators in one chain without parentheses: as many as the parser accepts by default. */
  private static final int MAX_CHAIN_OPERATORS = Limits.DEFAULT.maxNestingDepth();

  private ExpressionPrinter() {}

  public static String print(Expr expr) {
    StringBuilder out = new StringBuilder();
    print(expr, OR, out);
    return out.toString();
  }

  /** Prints an operand of an {@code and} chain: an {@code or} gets its parentheses. */
  public static String conjunct(Expr operand) {
    StringBuilder out = new StringBuilder();
    print(operand, NOT, out);
    return out.toString();
  }

  private static void print(Expr expr, int context, StringBuilder out) {
    boolean parenthesise = precedence(expr) < context;
    if (parenthesise) {
      out.append('(');
    }
    if (expr instanceof Or or) {
      join(or.operands(), " or ", AND, out);
    } else if (expr instanceof And and) {
      join(and.operands(), " and ", NOT, out);
    } else if (expr instanceof Not not) {
      out.append("not ");
      print(not.operand(), NOT, out);
    } else if (expr instanceof Comparison comparison) {
      print(comparison.left(), ADDITIVE, out);
      out.append(' ').append(comparison.operator().symbol()).append(' ');
      print(comparison.right(), ADDITIVE, out);
    } else if (expr instanceof Presence presence) {
      print(presence.operand(), ADDITIVE, out);
      out.append(presence.present() ? " is present" : " is missing");
    } else if (expr instanceof Arithmetic arithmetic) {
      arithmetic(arithmetic, out);
    } else if (expr instanceof Of of) {
      print(of.percent(), UNARY, out);
      out.append(" of ");
      print(of.base(), UNARY, out);
    } else if (expr instanceof Negate negate) {
      out.append('-');
      print(negate.operand(), PRIMARY, out);
    } else if (expr instanceof NumberLiteral number) {
      out.append(number(number.value()));
    } else if (expr instanceof MoneyLiteral money) {
      out.append(number(money.amount())).append(' ').append(money.currency());
    } else if (expr instanceof PercentLiteral percent) {
      out.append(number(percent.value())).append('%');
    } else if (expr instanceof DurationLiteral duration) {
      out.append(number(duration.days())).append(duration.days().compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
    } else if (expr instanceof TextLiteral text) {
      out.append(TextLiterals.quote(text.value()));
    } else if (expr instanceof DateLiteral date) {
      out.append(date.value());
    } else if (expr instanceof BooleanLiteral bool) {
      out.append(bool.value());
    } else if (expr instanceof Today) {
      out.append("today");
    } else if (expr instanceof Reference reference) {
      out.append(reference.dotted());
    } else if (expr instanceof ListLiteral list) {
      out.append('[');
      join(list.elements(), ", ", OR, out);
      out.append(']');
    } else if (expr instanceof Call call) {
      out.append(call.function()).append('(');
      join(call.arguments(), ", ", OR, out);
      out.append(')');
    }
    if (parenthesise) {
      out.append(')');
    }
  }

  /**
   * A left-associative chain {@code a - b + c}. Parentheses around a left operand are redundant,
   * but a chain in each of many nested parentheses is one long chain without them, longer than the
   * parser accepts: so every {@link #MAX_CHAIN_OPERATORS} operators, counted from the right, keep a
   * pair. The walk down the left operands is a loop because such a tree is deeper (up to 64 terms
   * times 64 levels) than a small thread stack can recurse through.
   */
  private static void arithmetic(Arithmetic chain, StringBuilder out) {
    List<Arithmetic> links = new ArrayList<>();
    Expr first = chain;
    while (first instanceof Arithmetic link) {
      links.add(link);
      first = link.left();
    }
    Collections.reverse(links);
    int groups = (links.size() - 1) / MAX_CHAIN_OPERATORS;
    out.append("(".repeat(groups));
    print(first, ADDITIVE, out);
    int firstGroupEnd = links.size() - groups * MAX_CHAIN_OPERATORS;
    for (int i = 0; i < links.size(); i++) {
      if (i >= firstGroupEnd && (i - firstGroupEnd) % MAX_CHAIN_OPERATORS == 0) {
        out.append(')');
      }
      Arithmetic link = links.get(i);
      out.append(' ').append(link.operator().symbol()).append(' ');
      print(link.right(), OF, out);
    }
  }

  private static void join(List<Expr> operands, String separator, int context, StringBuilder out) {
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      print(operands.get(i), context, out);
    }
  }

  private static int precedence(Expr expr) {
    if (expr instanceof Or) {
      return OR;
    } else if (expr instanceof And) {
      return AND;
    } else if (expr instanceof Not) {
      return NOT;
    } else if (expr instanceof Comparison || expr instanceof Presence) {
      return COMPARISON;
    } else if (expr instanceof Arithmetic) {
      return ADDITIVE;
    } else if (expr instanceof Of) {
      return OF;
    } else if (expr instanceof Negate) {
      return UNARY;
    }
    return PRIMARY;
  }

  /** Plain decimal notation, thousands grouped with '_' from four integer digits on: {@code 1_500}, {@code 50_000}. */
  public static String number(BigDecimal value) {
    String plain = value.toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    if (integer.length() < 4 || new BigInteger(integer).signum() < 0) {
      return plain;
    }
    StringBuilder grouped = new StringBuilder();
    int lead = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
    grouped.append(integer, 0, lead);
    for (int i = lead; i < integer.length(); i += 3) {
      grouped.append('_').append(integer, i, i + 3);
    }
    return grouped + fraction;
  }
}
