package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.core.model.Address;
import dev.covenant.core.model.BankAccount;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceOrigin;
import dev.covenant.core.model.LoanProposal;
import dev.covenant.core.model.Party;
import dev.covenant.dsl.BorrowerParty;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.RecordEntry;
import dev.covenant.dsl.ast.RecordLiteral;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The inputs a {@code test} block gives, as model records. What a test does not give is missing,
 * as it would be in a Defacto payload without it; dates given as dates are the start of that day
 * in the policy's timezone.
 */
final class TestInputs {
  private final ExpressionCompiler compiler;
  private final EpochDays days;
  private final Env constants;
  private final String testName;
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Map<String, String> metadata = new HashMap<>();

  TestInputs(ExpressionCompiler compiler, EpochDays days, long today, String testName) {
    this.compiler = compiler;
    this.days = days;
    this.constants = new Env(days, today);
    this.testName = testName;
  }

  void give(String root, RecordLiteral record) {
    for (RecordEntry entry : record.entries()) {
      String path = root + "." + entry.key();
      if (path.equals("invoice.metadata") && entry.value() instanceof RecordLiteral items) {
        items.entries().forEach(item -> metadata.put(item.key(), text(compiler.compile((Expr) item.value()))));
      } else if (entry.value() instanceof RecordLiteral nested) {
        give(path, nested);
      } else {
        values.put(path, compiler.compile((Expr) entry.value()));
      }
    }
  }

  boolean gives(String root) {
    return values.keySet().stream().anyMatch(path -> path.startsWith(root + "."));
  }

  Env financeEnv(PolicyProgram program) {
    Env env = new Env(days, constants.today);
    env.invoice = invoice();
    String identifier = borrowerIdentifier(program, env.invoice);
    env.borrowerIdentifier = Optional.of(identifier);
    env.borrower = gives("borrower") ? borrower(identifier) : null;
    env.creditLine = gives("credit_line") ? creditLine(identifier) : null;
    env.available = program.availableAfterReserve(env.creditLine);
    env.exposureBuyer = exposure("exposure.buyer", env.invoice.buyer());
    env.exposureSeller = exposure("exposure.seller", env.invoice.seller());
    return env;
  }

  Env validateEnv() {
    Env env = new Env(days, constants.today);
    String identifier = text("loan.borrower.identifier").orElse("test-borrower");
    env.loan = new LoanProposal("test-loan", money("loan.amount").orElse(0), currency("loan"),
        money("loan.fees_estimated"), date("loan.to_pay_at"), date("loan.to_repay_at"),
        text("loan.status").orElse("TO_VALIDATE"), text("loan.borrower.identifier"));
    env.borrower = gives("borrower") ? borrower(identifier) : null;
    env.creditLine = gives("credit_line") ? creditLine(identifier) : null;
    return env;
  }

  /** The invoice's borrower party when the test names it, else a stand-in that links the given borrower and credit line. */
  private String borrowerIdentifier(PolicyProgram program, Invoice invoice) {
    Party party = program.checked().borrowerParty() == BorrowerParty.BUYER ? invoice.buyer() : invoice.seller();
    return party.identifier().or(() -> text("borrower.identifier")).orElse("test-borrower");
  }

  private Invoice invoice() {
    return new Invoice(text("invoice.invoice_number").orElse(testName), currency("invoice"), date("invoice.issued_at"),
        date("invoice.due_at"), money("invoice.net_amount"), money("invoice.tax_amount"), money("invoice.total_amount"),
        money("invoice.to_pay_amount"), party("invoice.buyer"), party("invoice.seller"),
        new BankAccount(text("invoice.to_account.account_number"), text("invoice.to_account.bank_identifier")),
        metadata, InvoiceOrigin.IN_MEMORY);
  }

  private Party party(String prefix) {
    return new Party(text(prefix + ".name"), text(prefix + ".identifier"), text(prefix + ".identifier_type"),
        text(prefix + ".vat_number"), new Address(text(prefix + ".address.country"), text(prefix + ".address.city"),
            text(prefix + ".address.postal_code")));
  }

  private Borrower borrower(String identifier) {
    return new Borrower(Optional.empty(), text("borrower.identifier").orElse(identifier), text("borrower.identifier_type"),
        text("borrower.name"), text("borrower.status"), text("borrower.legal_form"), date("borrower.signed_at"));
  }

  private CreditLine creditLine(String identifier) {
    Node rate = values.get("credit_line.fees_daily_rate");
    return new CreditLine(Optional.empty(), identifier, currency("credit_line"), money("credit_line.pool_amount"),
        money("credit_line.balance_available"), money("credit_line.balance_pending").orElse(0),
        money("credit_line.balance_pending_validation").orElse(0),
        rate == null ? Optional.empty() : Optional.ofNullable(((NumberNode) rate).eval(constants)));
  }

  private long exposure(String path, Party party) {
    OptionalLong given = money(path);
    if (given.isPresent()) {
      return given.getAsLong();
    }
    return party.identifier().isPresent() ? 0 : MISSING;
  }

  /** The given currency, else the currency of the first amount given under the root, else EUR. */
  private String currency(String root) {
    Optional<String> given = text(root + ".currency");
    if (given.isPresent()) {
      return given.get();
    }
    for (Map.Entry<String, Node> value : values.entrySet()) {
      if (value.getKey().startsWith(root + ".") && value.getValue() instanceof LongNode money
          && money.kind == LongNode.Kind.MONEY) {
        String currency = money.currency(constants);
        if (currency != null) {
          return currency;
        }
      }
    }
    return "EUR";
  }

  private Optional<String> text(String path) {
    Node node = values.get(path);
    return node == null ? Optional.empty() : Optional.ofNullable(text(node));
  }

  private String text(Node node) {
    return ((TextNode) node).eval(constants);
  }

  private OptionalLong money(String path) {
    Node node = values.get(path);
    if (node == null) {
      return OptionalLong.empty();
    }
    long value = ((LongNode) node).eval(constants);
    return value == MISSING ? OptionalLong.empty() : OptionalLong.of(value);
  }

  private Optional<OffsetDateTime> date(String path) {
    Node node = values.get(path);
    if (node == null) {
      return Optional.empty();
    }
    long day = ((LongNode) node).eval(constants);
    return day == MISSING ? Optional.empty() : Optional.of(days.startOf(LocalDate.ofEpochDay(day)));
  }
}
