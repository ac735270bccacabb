package dev.covenant.dsl.internal.format;

import dev.covenant.dsl.SourceSpan;
import dev.covenant.dsl.ast.AllocateDeclaration;
import dev.covenant.dsl.ast.And;
import dev.covenant.dsl.ast.BorrowerDeclaration;
import dev.covenant.dsl.ast.Declaration;
import dev.covenant.dsl.ast.Expectation;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.Finance;
import dev.covenant.dsl.ast.FinanceAction;
import dev.covenant.dsl.ast.FinanceBlock;
import dev.covenant.dsl.ast.FinanceRule;
import dev.covenant.dsl.ast.Given;
import dev.covenant.dsl.ast.GivenToday;
import dev.covenant.dsl.ast.LetDeclaration;
import dev.covenant.dsl.ast.Policy;
import dev.covenant.dsl.ast.RecordEntry;
import dev.covenant.dsl.ast.RecordLiteral;
import dev.covenant.dsl.ast.ReserveDeclaration;
import dev.covenant.dsl.ast.Review;
import dev.covenant.dsl.ast.Skip;
import dev.covenant.dsl.ast.TestDeclaration;
import dev.covenant.dsl.ast.TestStatement;
import dev.covenant.dsl.ast.TimezoneDeclaration;
import dev.covenant.dsl.ast.ValidateAction;
import dev.covenant.dsl.ast.ValidateBlock;
import dev.covenant.dsl.ast.ValidateRule;
import dev.covenant.dsl.internal.parser.Comment;
import dev.covenant.dsl.internal.parser.ParsedPolicy;
import dev.covenant.dsl.internal.parser.TextLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Canonical layout. Everything it decides depends on the AST, plus two things it keeps from the
 * source: comments (each stays before, or at the end of, the line of the node it was written
 * at) and single blank lines between items. Formatting its own output therefore changes nothing.
 *
 * <p>Short rules take one line, with {@code when} and {@code then} aligned across a run of such
 * rules; a rule with finance options or a long condition takes several, one {@code and} operand
 * per line. Consecutive lets align their {@code =}.
 */
public final class Formatter {
  static final int WIDTH = 100;
  private static final String INDENT = "  ";

  /** The source by code point: the parser's spans count code points, not UTF-16 chars. */
  private final int[] text;
  private final CommentQueue comments;
  private final StringBuilder out = new StringBuilder();
  private int lastEnd;
  private boolean levelStarted;

  private Formatter(String text, List<Comment> comments) {
    this.text = text.codePoints().toArray();
    this.comments = new CommentQueue(comments);
  }

  public static String format(String text, ParsedPolicy parsed) {
    Formatter formatter = new Formatter(text, parsed.comments());
    formatter.policy(parsed.policy().orElseThrow());
    return formatter.out.toString();
  }

  private void policy(Policy policy) {
    String header = "policy " + TextLiterals.quote(policy.name()) + policy.version().map(v -> " version " + v).orElse("");
    item(policy.headerSpan(), "", List.of(header));
    List<Declaration> declarations = policy.declarations();
    for (int i = 0; i < declarations.size(); i++) {
      Declaration declaration = declarations.get(i);
      if (declaration instanceof LetDeclaration) {
        int end = i;
        while (end + 1 < declarations.size() && declarations.get(end + 1) instanceof LetDeclaration
            && !blankInOutput(declarations.get(end).span().end(), declarations.get(end + 1).span())) {
          end++;
        }
        lets(declarations.subList(i, end + 1));
        i = end;
      } else {
        declaration(declaration);
      }
    }
    emitLeadingComments(Integer.MAX_VALUE, "");
  }

  private void lets(List<Declaration> run) {
    int width = run.stream().mapToInt(d -> ((LetDeclaration) d).name().length()).max().orElse(0);
    for (Declaration declaration : run) {
      LetDeclaration let = (LetDeclaration) declaration;
      item(let.span(), "", List.of("let " + pad(let.name(), width) + " = " + ExpressionPrinter.print(let.value())));
    }
  }

  private void declaration(Declaration declaration) {
    if (declaration instanceof BorrowerDeclaration borrower) {
      item(borrower.span(), "", List.of("borrower is " + borrower.party().dotted()));
    } else if (declaration instanceof TimezoneDeclaration timezone) {
      item(timezone.span(), "", List.of("timezone " + TextLiterals.quote(timezone.zone())));
    } else if (declaration instanceof AllocateDeclaration allocate) {
      String keys = allocate.keys().stream()
          .map(k -> ExpressionPrinter.print(k.key()) + " " + k.direction().keyword())
          .collect(Collectors.joining(", "));
      item(allocate.span(), "", List.of("allocate by " + keys));
    } else if (declaration instanceof ReserveDeclaration reserve) {
      item(reserve.span(), "", List.of("reserve " + ExpressionPrinter.print(reserve.amount())));
    } else if (declaration instanceof FinanceBlock finance) {
      block(finance.span(), "finance {", () -> financeBody(finance));
    } else if (declaration instanceof ValidateBlock validate) {
      block(validate.span(), "validate {", () -> validateBody(validate));
    } else if (declaration instanceof TestDeclaration test) {
      block(test.span(), "test " + TextLiterals.quote(test.name()) + " {", () -> test.statements().forEach(this::statement));
    }
  }

  private void financeBody(FinanceBlock block) {
    List<RuleLayout> layouts = new ArrayList<>();
    for (FinanceRule rule : block.rules()) {
      List<String> action = financeAction(rule.action());
      layouts.add(new RuleLayout(rule.span(), rule.name(), rule.condition(), action));
    }
    rules(layouts);
    block.otherwise().ifPresent(action -> otherwise(action.span(), financeAction(action)));
  }

  private void validateBody(ValidateBlock block) {
    List<RuleLayout> layouts = new ArrayList<>();
    for (ValidateRule rule : block.rules()) {
      layouts.add(new RuleLayout(rule.span(), rule.name(), rule.condition(), List.of(validateAction(rule.action()))));
    }
    rules(layouts);
    block.otherwise().ifPresent(action -> otherwise(action.span(), List.of(validateAction(action))));
  }

  /** A rule as the layout needs it: the action's first line, then its options. */
  private record RuleLayout(SourceSpan span, String name, Expr condition, List<String> action) {
    String quotedName() {
      return TextLiterals.quote(name);
    }

    String conditionText() {
      return ExpressionPrinter.print(condition);
    }

    boolean fitsOneLine() {
      return action.size() == 1
          && (INDENT + "rule " + quotedName() + " when " + conditionText() + " then " + action.get(0)).length() <= WIDTH;
    }
  }

  private void rules(List<RuleLayout> rules) {
    for (int i = 0; i < rules.size(); i++) {
      RuleLayout rule = rules.get(i);
      if (!rule.fitsOneLine()) {
        item(rule.span(), INDENT, multiLineRule(rule));
        continue;
      }
      int end = i;
      while (end + 1 < rules.size() && rules.get(end + 1).fitsOneLine()
          && !blankInOutput(rules.get(end).span().end(), rules.get(end + 1).span())) {
        end++;
      }
      List<RuleLayout> run = rules.subList(i, end + 1);
      int nameWidth = run.stream().mapToInt(r -> r.quotedName().length()).max().orElse(0);
      int conditionWidth = run.stream().mapToInt(r -> r.conditionText().length()).max().orElse(0);
      boolean alignThen = (INDENT + "rule " + " when " + " then ").length() + nameWidth + conditionWidth
          + run.stream().mapToInt(r -> r.action().get(0).length()).max().orElse(0) <= WIDTH;
      for (RuleLayout member : run) {
        String condition = alignThen ? pad(member.conditionText(), conditionWidth) : member.conditionText();
        item(member.span(), INDENT, List.of("rule " + pad(member.quotedName(), nameWidth) + " when " + condition
            + " then " + member.action().get(0)));
      }
      i = end;
    }
  }

  private static List<String> multiLineRule(RuleLayout rule) {
    List<String> lines = new ArrayList<>();
    lines.add("rule " + rule.quotedName());
    if (rule.condition instanceof And and) {
      lines.add(INDENT + "when " + ExpressionPrinter.conjunct(and.operands().get(0)));
      for (Expr operand : and.operands().subList(1, and.operands().size())) {
        lines.add(INDENT + " and " + ExpressionPrinter.conjunct(operand));
      }
    } else {
      lines.add(INDENT + "when " + rule.conditionText());
    }
    lines.add(INDENT + "then " + rule.action().get(0));
    for (String option : rule.action().subList(1, rule.action().size())) {
      lines.add(INDENT + "     " + option);
    }
    return lines;
  }

  private void otherwise(SourceSpan span, List<String> action) {
    List<String> lines = new ArrayList<>();
    lines.add("otherwise " + action.get(0));
    for (String option : action.subList(1, action.size())) {
      lines.add(" ".repeat("otherwise ".length()) + option);
    }
    item(span, INDENT, lines);
  }

  private static List<String> financeAction(FinanceAction action) {
    if (action instanceof Skip skip) {
      return List.of("skip" + reason(skip.reason()));
    } else if (action instanceof Review review) {
      return List.of("review" + reason(review.reason()));
    }
    Finance finance = (Finance) action;
    List<String> lines = new ArrayList<>();
    lines.add("finance " + ExpressionPrinter.print(finance.amount()));
    finance.payOn().ifPresent(date -> lines.add("pay on " + ExpressionPrinter.print(date)));
    finance.repayOn().ifPresent(date -> lines.add("repay on " + ExpressionPrinter.print(date)));
    finance.autoValidate().ifPresent(auto -> lines.add("auto_validate"
        + auto.condition().map(c -> " when " + ExpressionPrinter.print(c)).orElse("")));
    return lines;
  }

  private static String validateAction(ValidateAction action) {
    return action.outcome().keyword() + reason(action.reason());
  }

  private static String reason(Optional<String> reason) {
    return reason.map(r -> " " + TextLiterals.quote(r)).orElse("");
  }

  private void statement(TestStatement statement) {
    if (statement instanceof GivenToday today) {
      item(today.span(), INDENT, List.of("given today " + ExpressionPrinter.print(today.date())));
    } else if (statement instanceof Given given) {
      String prefix = "given " + given.root() + " ";
      item(given.span(), INDENT, record(prefix, given.record(), INDENT.length()));
    } else if (statement instanceof Expectation expect) {
      StringBuilder line = new StringBuilder("expect ").append(expect.outcome().keyword());
      expect.amount().ifPresent(amount -> line.append(' ').append(ExpressionPrinter.print(amount)));
      expect.rule().ifPresent(rule -> line.append(" by ").append(TextLiterals.quote(rule)));
      expect.autoValidate().ifPresent(auto -> line.append(auto ? " auto_validate" : " not auto_validate"));
      item(expect.span(), INDENT, List.of(line.toString()));
    }
  }

  /** A record after {@code prefix}: on one line when it fits, else one entry per line. */
  private static List<String> record(String prefix, RecordLiteral record, int indent) {
    String inline = prefix + inline(record);
    if (indent + inline.length() <= WIDTH) {
      return List.of(inline);
    }
    List<String> lines = new ArrayList<>();
    lines.add(prefix + "{");
    for (RecordEntry entry : record.entries()) {
      String key = INDENT + entry.key() + ": ";
      if (entry.value() instanceof RecordLiteral nested) {
        List<String> nestedLines = record(key, nested, indent + INDENT.length());
        for (int i = 0; i < nestedLines.size(); i++) {
          String line = i == 0 ? nestedLines.get(i) : INDENT + nestedLines.get(i);
          lines.add(i == nestedLines.size() - 1 ? line + "," : line);
        }
      } else {
        lines.add(key + ExpressionPrinter.print((Expr) entry.value()) + ",");
      }
    }
    lines.add("}");
    return lines;
  }

  private static String inline(RecordLiteral record) {
    if (record.entries().isEmpty()) {
      return "{}";
    }
    return record.entries().stream()
        .map(e -> e.key() + ": " + (e.value() instanceof RecordLiteral nested
            ? inline(nested)
            : ExpressionPrinter.print((Expr) e.value())))
        .collect(Collectors.joining(", ", "{ ", " }"));
  }

  private void block(SourceSpan span, String header, Runnable body) {
    emitLeadingComments(span.start(), "");
    separate(span.start());
    line("", header);
    lastEnd = span.start();
    Comment onHeader = comments.takeTrailing(span.line(), span.start());
    if (onHeader != null) {
      appendTrailing(onHeader);
      lastEnd = onHeader.span().end();
    }
    levelStarted = false;
    body.run();
    emitLeadingComments(span.end() - 1, INDENT);
    line("", "}");
    lastEnd = span.end();
    levelStarted = true;
    trailing(span);
  }

  /** Emits one leaf item: comments before or inside it go above it, a comment after it on its last line stays there. */
  private void item(SourceSpan span, String indent, List<String> lines) {
    emitLeadingComments(span.end(), indent);
    separate(span.start());
    for (String line : lines) {
      line(indent, line);
    }
    lastEnd = span.end();
    levelStarted = true;
    trailing(span);
  }

  private void emitLeadingComments(int before, String indent) {
    for (Comment comment : comments.takeBefore(before)) {
      separate(comment.span().start());
      line(indent, comment.text());
      lastEnd = comment.span().end();
      levelStarted = true;
    }
  }

  private void trailing(SourceSpan span) {
    Comment comment = comments.takeTrailing(span.endLine(), span.end());
    if (comment != null) {
      appendTrailing(comment);
      lastEnd = comment.span().end();
    }
  }

  private void appendTrailing(Comment comment) {
    out.setLength(out.length() - 1);
    out.append("  ").append(comment.text()).append('\n');
  }

  /** One blank line where the source had at least one, between two things at the same level. */
  private void separate(int nextStart) {
    if (levelStarted && blankBetween(lastEnd, nextStart)) {
      out.append('\n');
    }
  }

  /**
   * Whether the output will have a blank line between an item ending at {@code previousEnd} and
   * {@code next}: the checks {@link #separate} makes before each comment that moves above
   * {@code next}, then before {@code next}. Runs of aligned lines end exactly there, so that the
   * formatted text splits into the same runs when formatted again.
   */
  private boolean blankInOutput(int previousEnd, SourceSpan next) {
    int from = previousEnd;
    for (Comment comment : comments.peekBetween(previousEnd, next.end())) {
      if (blankBetween(from, comment.span().start())) {
        return true;
      }
      from = comment.span().end();
    }
    return blankBetween(from, next.start());
  }

  private boolean blankBetween(int from, int to) {
    boolean newlineSeen = false;
    for (int i = Math.max(0, from); i < Math.min(to, text.length); i++) {
      int c = text[i];
      if (c == '\n') {
        if (newlineSeen) {
          return true;
        }
        newlineSeen = true;
      } else if (!Character.isWhitespace(c)) {
        newlineSeen = false;
      }
    }
    return false;
  }

  private void line(String indent, String content) {
    out.append(indent).append(content).append('\n');
  }

  private static String pad(String value, int width) {
    return value.length() >= width ? value : value + " ".repeat(width - value.length());
  }
}
