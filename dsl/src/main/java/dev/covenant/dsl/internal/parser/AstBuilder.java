package dev.covenant.dsl.internal.parser;

import dev.covenant.dsl.DiagnosticCode;
import dev.covenant.dsl.Limits;
import dev.covenant.dsl.SourceSpan;
import dev.covenant.dsl.ast.And;
import dev.covenant.dsl.ast.AllocateDeclaration;
import dev.covenant.dsl.ast.Arithmetic;
import dev.covenant.dsl.ast.ArithmeticOperator;
import dev.covenant.dsl.ast.AutoValidate;
import dev.covenant.dsl.ast.BooleanLiteral;
import dev.covenant.dsl.ast.BorrowerDeclaration;
import dev.covenant.dsl.ast.Call;
import dev.covenant.dsl.ast.Comparison;
import dev.covenant.dsl.ast.ComparisonOperator;
import dev.covenant.dsl.ast.DateLiteral;
import dev.covenant.dsl.ast.Declaration;
import dev.covenant.dsl.ast.DurationLiteral;
import dev.covenant.dsl.ast.Expectation;
import dev.covenant.dsl.ast.ExpectedOutcome;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.Finance;
import dev.covenant.dsl.ast.FinanceAction;
import dev.covenant.dsl.ast.FinanceBlock;
import dev.covenant.dsl.ast.FinanceRule;
import dev.covenant.dsl.ast.Given;
import dev.covenant.dsl.ast.GivenToday;
import dev.covenant.dsl.ast.LetDeclaration;
import dev.covenant.dsl.ast.ListLiteral;
import dev.covenant.dsl.ast.MoneyLiteral;
import dev.covenant.dsl.ast.Negate;
import dev.covenant.dsl.ast.Not;
import dev.covenant.dsl.ast.NumberLiteral;
import dev.covenant.dsl.ast.Of;
import dev.covenant.dsl.ast.Or;
import dev.covenant.dsl.ast.PercentLiteral;
import dev.covenant.dsl.ast.Policy;
import dev.covenant.dsl.ast.Presence;
import dev.covenant.dsl.ast.RecordEntry;
import dev.covenant.dsl.ast.RecordLiteral;
import dev.covenant.dsl.ast.RecordValue;
import dev.covenant.dsl.ast.Reference;
import dev.covenant.dsl.ast.ReserveDeclaration;
import dev.covenant.dsl.ast.Review;
import dev.covenant.dsl.ast.Skip;
import dev.covenant.dsl.ast.SortDirection;
import dev.covenant.dsl.ast.SortKey;
import dev.covenant.dsl.ast.TestDeclaration;
import dev.covenant.dsl.ast.TestStatement;
import dev.covenant.dsl.ast.TextLiteral;
import dev.covenant.dsl.ast.TimezoneDeclaration;
import dev.covenant.dsl.ast.Today;
import dev.covenant.dsl.ast.ValidateAction;
import dev.covenant.dsl.ast.ValidateBlock;
import dev.covenant.dsl.ast.ValidateOutcome;
import dev.covenant.dsl.ast.ValidateRule;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.internal.antlr.CovenantParser;
import dev.covenant.dsl.internal.antlr.CovenantParser.*;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Turns a parse tree without syntax errors into the immutable AST. The only class that reads
 * ANTLR's {@code *Context} types. Reports what the grammar cannot: invalid dates and escapes,
 * repeated finance options, over-long operator chains and the rule-count limit.
 */
final class AstBuilder {
  private final DiagnosticSink sink;
  private final Limits limits;
  private int ruleCount;
  private int depth;

  AstBuilder(DiagnosticSink sink, Limits limits) {
    this.sink = sink;
    this.limits = limits;
  }

  Policy policy(PolicyFileContext file) {
    HeaderContext header = file.header();
    List<Declaration> declarations = new ArrayList<>();
    for (DeclarationContext declaration : file.declaration()) {
      declarations.add(declaration(declaration));
    }
    Optional<String> version = Optional.ofNullable(header.version).map(Token::getText);
    return new Policy(text(header.name), version, Spans.of(header), declarations, Spans.of(file));
  }

  private Declaration declaration(DeclarationContext context) {
    SourceSpan span = Spans.of(context);
    if (context instanceof BorrowerDeclContext borrower) {
      return new BorrowerDeclaration(reference(borrower.path()), span);
    } else if (context instanceof TimezoneDeclContext timezone) {
      return new TimezoneDeclaration(text(timezone.zone), span);
    } else if (context instanceof LetDeclContext let) {
      return new LetDeclaration(let.name.getText(), Spans.of(let.name), expression(let.expression()), span);
    } else if (context instanceof FinanceBlockContext block) {
      List<FinanceRule> rules = new ArrayList<>();
      for (FinanceRuleContext rule : block.financeRule()) {
        countRule(rule.name);
        rules.add(new FinanceRule(text(rule.name), Spans.of(rule.name), expression(rule.expression()),
            financeAction(rule.financeAction()), Spans.of(rule)));
      }
      Optional<FinanceAction> otherwise =
          Optional.ofNullable(block.financeOtherwise()).map(o -> financeAction(o.financeAction()));
      return new FinanceBlock(rules, otherwise, span);
    } else if (context instanceof ValidateBlockContext block) {
      List<ValidateRule> rules = new ArrayList<>();
      for (ValidateRuleContext rule : block.validateRule()) {
        countRule(rule.name);
        rules.add(new ValidateRule(text(rule.name), Spans.of(rule.name), expression(rule.expression()),
            validateAction(rule.validateAction()), Spans.of(rule)));
      }
      Optional<ValidateAction> otherwise =
          Optional.ofNullable(block.validateOtherwise()).map(o -> validateAction(o.validateAction()));
      return new ValidateBlock(rules, otherwise, span);
    } else if (context instanceof AllocateDeclContext allocate) {
      List<SortKey> keys = new ArrayList<>();
      for (SortKeyContext key : allocate.sortKey()) {
        SortDirection direction = key.direction != null && key.direction.getType() == CovenantParser.DESCENDING
            ? SortDirection.DESCENDING
            : SortDirection.ASCENDING;
        keys.add(new SortKey(expression(key.expression()), direction, Spans.of(key)));
      }
      return new AllocateDeclaration(keys, span);
    } else if (context instanceof ReserveDeclContext reserve) {
      return new ReserveDeclaration(expression(reserve.expression()), span);
    } else if (context instanceof TestDeclContext test) {
      List<TestStatement> statements = new ArrayList<>();
      for (TestStatementContext statement : test.testStatement()) {
        statements.add(testStatement(statement));
      }
      return new TestDeclaration(text(test.name), statements, span);
    }
    throw new IllegalStateException("unhandled declaration " + context.getClass().getSimpleName());
  }

  private void countRule(Token name) {
    ruleCount++;
    if (ruleCount == limits.maxRules() + 1) {
      sink.report(DiagnosticCode.TOO_MANY_RULES, Spans.of(name),
          "more than " + limits.maxRules() + " rules; split the policy or raise the limit");
    }
  }

  private FinanceAction financeAction(FinanceActionContext context) {
    SourceSpan span = Spans.of(context);
    if (context instanceof SkipActContext skip) {
      return new Skip(optionalText(skip.reason), span);
    } else if (context instanceof ReviewActContext review) {
      return new Review(optionalText(review.reason), span);
    }
    FinanceActContext finance = (FinanceActContext) context;
    Optional<Expr> payOn = Optional.empty();
    Optional<Expr> repayOn = Optional.empty();
    Optional<AutoValidate> autoValidate = Optional.empty();
    for (FinanceOptionContext option : finance.financeOption()) {
      if (option instanceof PayOnContext pay) {
        payOn = once(payOn, expression(pay.expression()), option, "pay on");
      } else if (option instanceof RepayOnContext repay) {
        repayOn = once(repayOn, expression(repay.expression()), option, "repay on");
      } else if (option instanceof AutoValidateContext auto) {
        Optional<Expr> condition = Optional.ofNullable(auto.expression()).map(this::expression);
        autoValidate = once(autoValidate, new AutoValidate(condition, Spans.of(auto)), option, "auto_validate");
      }
    }
    return new Finance(expression(finance.amount), payOn, repayOn, autoValidate, span);
  }

  private <T> Optional<T> once(Optional<T> previous, T value, FinanceOptionContext option, String name) {
    if (previous.isPresent()) {
      sink.report(DiagnosticCode.DUPLICATE_OPTION, Spans.of(option), "'" + name + "' is given twice in this action");
      return previous;
    }
    return Optional.of(value);
  }

  private ValidateAction validateAction(ValidateActionContext context) {
    ValidateOutcome outcome = switch (context.kind.getType()) {
      case CovenantParser.VALIDATE -> ValidateOutcome.VALIDATE;
      case CovenantParser.CANCEL -> ValidateOutcome.CANCEL;
      default -> ValidateOutcome.HOLD;
    };
    return new ValidateAction(outcome, optionalText(context.reason), Spans.of(context));
  }

  private TestStatement testStatement(TestStatementContext context) {
    SourceSpan span = Spans.of(context);
    if (context instanceof GivenTodayContext today) {
      return new GivenToday(expression(today.expression()), span);
    } else if (context instanceof GivenRecordContext given) {
      return new Given(given.root.getText(), Spans.of(given.root), record(given.record()), span);
    }
    ExpectationContext expect = (ExpectationContext) context;
    ExpectedOutcome outcome = switch (expect.outcome.getType()) {
      case CovenantParser.FINANCE -> ExpectedOutcome.FINANCE;
      case CovenantParser.SKIP_ -> ExpectedOutcome.SKIP;
      case CovenantParser.REVIEW -> ExpectedOutcome.REVIEW;
      case CovenantParser.VALIDATE -> ExpectedOutcome.VALIDATE;
      case CovenantParser.CANCEL -> ExpectedOutcome.CANCEL;
      default -> ExpectedOutcome.HOLD;
    };
    Optional<Expr> amount = Optional.ofNullable(expect.amount).map(this::expression);
    Optional<Boolean> autoValidate = Optional.ofNullable(expect.autoValidateExpectation()).map(a -> a.NOT() == null);
    SourceSpan ruleSpan = expect.rule_ == null ? span : Spans.of(expect.rule_);
    return new Expectation(outcome, amount, optionalText(expect.rule_), ruleSpan, autoValidate, span);
  }

  private RecordLiteral record(RecordContext context) {
    List<RecordEntry> entries = new ArrayList<>();
    for (RecordEntryContext entry : context.recordEntry()) {
      RecordValue value = entry.record() != null ? record(entry.record()) : expression(entry.expression());
      entries.add(new RecordEntry(entry.key.getText(), Spans.of(entry.key), value, Spans.of(entry)));
    }
    return new RecordLiteral(entries, Spans.of(context));
  }

  /**
   * Thrown when the tree would nest deeper than any policy needs: operators chained without
   * parentheses ({@code a < b < c ...}) or long {@code +} chains inside many parentheses.
   */
  static final class NestingTooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient SourceSpan span;
    final int limit;

    NestingTooDeep(SourceSpan span, int limit) {
      super(null, null, false, false);
      this.span = span;
      this.limit = limit;
    }
  }

  Expr expression(ExpressionContext context) {
    // The pre-scan bounds parentheses and prefixes; this bounds the depth of the tree itself, so
    // the checker and formatter recurse a bounded number of times whatever the thread's stack.
    // Four tree levels per nesting level leave room for the operators inside each parenthesis.
    int treeDepthLimit = limits.maxNestingDepth() * 4;
    if (++depth > treeDepthLimit) {
      throw new NestingTooDeep(Spans.of(context), treeDepthLimit);
    }
    try {
      return build(context);
    } finally {
      depth--;
    }
  }

  private Expr build(ExpressionContext context) {
    if (context instanceof PrimaryExpressionContext primary) {
      return primary(primary.primary());
    } else if (context instanceof NegateContext negate) {
      return new Negate(expression(negate.expression()), Spans.of(context));
    } else if (context instanceof NegationContext negation) {
      return new Not(expression(negation.expression()), Spans.of(context));
    } else if (context instanceof OfContext of) {
      return new Of(expression(of.left), expression(of.right), Spans.of(context));
    } else if (context instanceof ArithmeticContext arithmetic) {
      return arithmetic(arithmetic);
    } else if (context instanceof AndContext || context instanceof OrContext) {
      return junction(context);
    } else if (context instanceof PresenceContext presence) {
      return new Presence(expression(presence.left), presence.PRESENT() != null, Spans.of(context));
    }
    return comparison(context);
  }

  /**
   * {@code a and b and c} arrives as a left-nested tree as deep as the chain is long; walking its
   * left spine in a loop gives the flat operand list without recursing once per operand.
   */
  private Expr junction(ExpressionContext context) {
    Class<? extends ExpressionContext> kind = context.getClass();
    List<ExpressionContext> rightOperands = new ArrayList<>();
    ExpressionContext current = context;
    while (current.getClass() == kind) {
      rightOperands.add(current instanceof AndContext and ? and.right : ((OrContext) current).right);
      current = current instanceof AndContext and ? and.left : ((OrContext) current).left;
    }
    List<Expr> operands = new ArrayList<>();
    operands.add(expression(current));
    for (int i = rightOperands.size() - 1; i >= 0; i--) {
      operands.add(expression(rightOperands.get(i)));
    }
    SourceSpan span = Spans.of(context);
    return context instanceof AndContext ? new And(operands, span) : new Or(operands, span);
  }

  /** Left-associative {@code + -} chains, built in a loop for the same reason as {@link #junction}. */
  private Expr arithmetic(ArithmeticContext context) {
    List<ArithmeticContext> chain = new ArrayList<>();
    ExpressionContext current = context;
    while (current instanceof ArithmeticContext link) {
      chain.add(link);
      current = link.left;
    }
    if (chain.size() > limits.maxNestingDepth()) {
      sink.report(DiagnosticCode.NESTING_TOO_DEEP, Spans.of(context), "a chain of " + chain.size()
          + " '+'/'-' operators is longer than the limit of " + limits.maxNestingDepth() + "; split it with lets");
      return expression(current);
    }
    // The chain becomes a left-deep tree: its operands sit up to chain.size() levels down, which
    // the depth bound must see, or parenthesised chains of chains would nest without limit.
    depth += chain.size();
    try {
      Expr result = expression(current);
      for (int i = chain.size() - 1; i >= 0; i--) {
        ArithmeticContext link = chain.get(i);
        ArithmeticOperator operator =
            link.op.getType() == CovenantParser.PLUS ? ArithmeticOperator.PLUS : ArithmeticOperator.MINUS;
        result = new Arithmetic(operator, result, expression(link.right), Spans.of(link));
      }
      return result;
    } finally {
      depth -= chain.size();
    }
  }

  private Comparison comparison(ExpressionContext context) {
    SourceSpan span = Spans.of(context);
    if (context instanceof CompareContext compare) {
      ComparisonOperator operator = switch (compare.op.getType()) {
        case CovenantParser.LT -> ComparisonOperator.LESS;
        case CovenantParser.LE -> ComparisonOperator.LESS_OR_EQUAL;
        case CovenantParser.GT -> ComparisonOperator.GREATER;
        case CovenantParser.GE -> ComparisonOperator.GREATER_OR_EQUAL;
        case CovenantParser.EQ -> ComparisonOperator.EQUAL;
        default -> ComparisonOperator.NOT_EQUAL;
      };
      return new Comparison(operator, expression(compare.left), expression(compare.right), span);
    } else if (context instanceof MembershipContext membership) {
      ComparisonOperator operator = membership.NOT() == null ? ComparisonOperator.IN : ComparisonOperator.NOT_IN;
      return new Comparison(operator, expression(membership.left), expression(membership.right), span);
    }
    TextTestContext test = (TextTestContext) context;
    ComparisonOperator operator = test.STARTS() != null
        ? ComparisonOperator.STARTS_WITH
        : test.ENDS() != null ? ComparisonOperator.ENDS_WITH : ComparisonOperator.CONTAINS;
    return new Comparison(operator, expression(test.left), expression(test.right), span);
  }

  private Expr primary(PrimaryContext context) {
    SourceSpan span = Spans.of(context);
    if (context instanceof MoneyLiteralContext money) {
      return new MoneyLiteral(number(money.NUMBER().getSymbol()), money.currency.getText(), span);
    } else if (context instanceof DurationLiteralContext duration) {
      return new DurationLiteral(number(duration.NUMBER().getSymbol()), span);
    } else if (context instanceof PercentLiteralContext percent) {
      return new PercentLiteral(number(percent.NUMBER().getSymbol()), span);
    } else if (context instanceof NumberLiteralContext number) {
      return new NumberLiteral(number(number.NUMBER().getSymbol()), span);
    } else if (context instanceof TextLiteralContext text) {
      return new TextLiteral(text(text.STRING().getSymbol()), span);
    } else if (context instanceof DateLiteralContext date) {
      return new DateLiteral(date(date.DATE().getSymbol()), span);
    } else if (context instanceof BooleanLiteralContext bool) {
      return new BooleanLiteral(bool.TRUE() != null, span);
    } else if (context instanceof TodayRefContext) {
      return new Today(span);
    } else if (context instanceof ListLiteralContext list) {
      return new ListLiteral(list.expression().stream().map(this::expression).toList(), span);
    } else if (context instanceof CallContext call) {
      return new Call(call.function.getText(), call.expression().stream().map(this::expression).toList(), span);
    } else if (context instanceof ReferenceContext reference) {
      return reference(reference.path());
    }
    return expression(((ParenthesisedContext) context).expression());
  }

  private Reference reference(PathContext path) {
    List<String> segments = new ArrayList<>();
    segments.add(path.root.getText());
    for (WordContext word : path.word()) {
      segments.add(word.getText());
    }
    return new Reference(segments, Spans.of(path));
  }

  private static BigDecimal number(Token token) {
    return new BigDecimal(token.getText().replace("_", ""));
  }

  private LocalDate date(Token token) {
    try {
      return LocalDate.parse(token.getText());
    } catch (DateTimeException e) {
      sink.report(DiagnosticCode.INVALID_DATE, Spans.of(token), token.getText() + " is not a calendar date");
      return LocalDate.EPOCH;
    }
  }

  private Optional<String> optionalText(Token token) {
    return token == null ? Optional.empty() : Optional.of(text(token));
  }

  private String text(Token token) {
    return TextLiterals.unquote(token.getText()).orElseGet(() -> {
      sink.report(DiagnosticCode.INVALID_ESCAPE, Spans.of(token),
          "unknown escape in text; use \\\" \\\\ \\n or \\t");
      return token.getText();
    });
  }
}
