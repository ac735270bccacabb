package dev.covenant.dsl.internal.checker;

import dev.covenant.dsl.DiagnosticCode;
import dev.covenant.dsl.SourceSpan;
import dev.covenant.dsl.ast.AllocateDeclaration;
import dev.covenant.dsl.ast.BorrowerDeclaration;
import dev.covenant.dsl.ast.Declaration;
import dev.covenant.dsl.ast.Finance;
import dev.covenant.dsl.ast.FinanceAction;
import dev.covenant.dsl.ast.FinanceBlock;
import dev.covenant.dsl.ast.FinanceRule;
import dev.covenant.dsl.ast.LetDeclaration;
import dev.covenant.dsl.ast.Policy;
import dev.covenant.dsl.ast.ReserveDeclaration;
import dev.covenant.dsl.ast.SortKey;
import dev.covenant.dsl.ast.TestDeclaration;
import dev.covenant.dsl.ast.TimezoneDeclaration;
import dev.covenant.dsl.ast.ValidateBlock;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.types.EnumDomain;
import dev.covenant.dsl.types.Root;
import dev.covenant.dsl.types.Type;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * Resolves names and checks types over a whole policy, in source order, reporting every
 * problem it finds (never stopping at the first).
 */
public final class Checker {
  private final DiagnosticSink sink;
  private final TypeTable table = new TypeTable();
  private final Map<String, LetInfo> lets = new LinkedHashMap<>();
  private final Map<Class<?>, Declaration> singles = new HashMap<>();
  private final ExpressionChecker expressions;

  private Checker(DiagnosticSink sink) {
    this.sink = sink;
    this.expressions = new ExpressionChecker(sink, table, lets);
  }

  public static TypeTable check(Policy policy, DiagnosticSink sink) {
    Checker checker = new Checker(sink);
    checker.run(policy);
    return checker.table;
  }

  private void run(Policy policy) {
    for (LetDeclaration let : policy.declarations(LetDeclaration.class)) {
      declareLet(let);
    }
    List<TestDeclaration> tests = new ArrayList<>();
    for (Declaration declaration : policy.declarations()) {
      if (declaration instanceof LetDeclaration let) {
        LetInfo info = lets.get(let.name());
        if (info != null && info.declaration == let) {
          expressions.checkLet(info);
        }
      } else if (declaration instanceof TestDeclaration test) {
        tests.add(test);
      } else if (once(declaration)) {
        check(declaration);
      }
    }
    new TestChecker(sink, expressions, policy).check(tests);
    for (LetInfo let : lets.values()) {
      if (!let.used) {
        sink.report(DiagnosticCode.UNUSED_LET, let.declaration.nameSpan(), "let " + let.declaration.name()
            + " is never used");
      }
    }
  }

  private void declareLet(LetDeclaration let) {
    String name = let.name();
    LetInfo previous = lets.get(name);
    if (previous != null) {
      sink.report(DiagnosticCode.DUPLICATE_LET, let.nameSpan(), "let " + name + " is already defined on line "
          + previous.declaration.span().line());
      return;
    }
    if (Root.byWord(name).isPresent()) {
      sink.report(DiagnosticCode.DUPLICATE_LET, let.nameSpan(), "let " + name + " would hide the input " + name
          + "; choose another name");
      return;
    }
    for (EnumDomain domain : EnumDomain.values()) {
      if (domain.contains(name)) {
        sink.report(DiagnosticCode.DUPLICATE_LET, let.nameSpan(), "let " + name + " would hide the "
            + domain.description() + " " + name + "; choose another name");
        return;
      }
    }
    lets.put(name, new LetInfo(let));
  }

  /** Declarations that may appear once: true for the first, a diagnostic for the others. */
  private boolean once(Declaration declaration) {
    Declaration first = singles.putIfAbsent(declaration.getClass(), declaration);
    if (first == null) {
      return true;
    }
    sink.report(DiagnosticCode.DUPLICATE_DECLARATION, headOf(declaration), describe(declaration)
        + " is already declared on line " + first.span().line());
    return false;
  }

  private static SourceSpan headOf(Declaration declaration) {
    SourceSpan span = declaration.span();
    return new SourceSpan(span.start(), span.start(), span.line(), span.column(), span.line(), span.column());
  }

  private static String describe(Declaration declaration) {
    if (declaration instanceof BorrowerDeclaration) {
      return "'borrower is'";
    } else if (declaration instanceof TimezoneDeclaration) {
      return "'timezone'";
    } else if (declaration instanceof FinanceBlock) {
      return "a 'finance' block";
    } else if (declaration instanceof ValidateBlock) {
      return "a 'validate' block";
    } else if (declaration instanceof AllocateDeclaration) {
      return "'allocate by'";
    }
    return "'reserve'";
  }

  private void check(Declaration declaration) {
    if (declaration instanceof BorrowerDeclaration borrower) {
      String party = borrower.party().dotted();
      if (!party.equals("invoice.seller") && !party.equals("invoice.buyer")) {
        sink.report(DiagnosticCode.INVALID_BORROWER, borrower.party().span(), "the borrower is invoice.seller "
            + "(financing receivables) or invoice.buyer (financing payables), not " + party);
      }
    } else if (declaration instanceof TimezoneDeclaration timezone) {
      checkZone(timezone);
    } else if (declaration instanceof FinanceBlock finance) {
      checkFinance(finance);
    } else if (declaration instanceof ValidateBlock validate) {
      checkValidate(validate);
    } else if (declaration instanceof AllocateDeclaration allocate) {
      for (SortKey key : allocate.keys()) {
        Type type = expressions.inferIn(key.key(), Phase.ALLOCATE);
        if (!(type instanceof Type.Money || type instanceof Type.Date || type instanceof Type.Number
            || type instanceof Type.Duration || type instanceof Type.Text || type instanceof Type.Unknown)) {
          sink.report(DiagnosticCode.TYPE_MISMATCH, key.key().span(), "'allocate by' sorts by money, dates, "
              + "durations, numbers or text, not " + ExpressionChecker.article(type));
        }
      }
    } else if (declaration instanceof ReserveDeclaration reserve) {
      expressions.expect(reserve.amount(), Phase.RESERVE, Type.Money.ANY_CURRENCY, "the reserve");
    }
  }

  private void checkZone(TimezoneDeclaration timezone) {
    try {
      ZoneId.of(timezone.zone());
    } catch (DateTimeException e) {
      sink.report(DiagnosticCode.UNKNOWN_TIMEZONE, timezone.span(), "unknown timezone \"" + timezone.zone() + "\""
          + Suggestions.didYouMean(timezone.zone(), ZoneId.getAvailableZoneIds())
          + "; use an IANA zone id such as \"Europe/Paris\" or \"UTC\"");
    }
  }

  private void checkFinance(FinanceBlock block) {
    List<Reachability.RuleView> views = new ArrayList<>();
    for (FinanceRule rule : block.rules()) {
      views.add(new Reachability.RuleView(rule.name(), rule.nameSpan(), rule.condition()));
      checkAction(rule.action());
    }
    block.otherwise().ifPresent(this::checkAction);
    checkRules(views, Phase.FINANCE, block.otherwise().map(FinanceAction::span));
  }

  private void checkAction(FinanceAction action) {
    if (action instanceof Finance finance) {
      expressions.expect(finance.amount(), Phase.FINANCE, Type.Money.ANY_CURRENCY, "the financed amount");
      finance.payOn().ifPresent(date -> expressions.expect(date, Phase.FINANCE, Type.DATE, "'pay on'"));
      finance.repayOn().ifPresent(date -> expressions.expect(date, Phase.FINANCE, Type.DATE, "'repay on'"));
      finance.autoValidate().flatMap(a -> a.condition()).ifPresent(condition ->
          expressions.expect(condition, Phase.FINANCE, Type.BOOLEAN, "'auto_validate when'"));
    }
  }

  private void checkValidate(ValidateBlock block) {
    List<Reachability.RuleView> views = block.rules().stream()
        .map(rule -> new Reachability.RuleView(rule.name(), rule.nameSpan(), rule.condition())).toList();
    checkRules(views, Phase.VALIDATE, block.otherwise().map(o -> o.span()));
  }

  /** What both blocks share: unique rule names, conditions that are conditions, and reachability. */
  private void checkRules(List<Reachability.RuleView> rules, Phase phase, Optional<SourceSpan> otherwise) {
    Map<String, Reachability.RuleView> names = new HashMap<>();
    for (Reachability.RuleView rule : rules) {
      Reachability.RuleView previous = names.putIfAbsent(rule.name(), rule);
      if (previous != null) {
        sink.report(DiagnosticCode.DUPLICATE_RULE, rule.nameSpan(), "rule \"" + rule.name()
            + "\" is already defined on line " + previous.nameSpan().line()
            + "; rule names identify decisions and must be unique in a block");
      }
      expressions.expect(rule.condition(), phase, Type.BOOLEAN, "a rule's condition");
    }
    Reachability.check(rules, otherwise, sink);
  }


}
