package dev.covenant.samples;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.json.InputException;
import dev.covenant.core.json.InvoiceStream;
import dev.covenant.core.model.Invoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code covenant explain}: decides one invoice and says why, rule by rule. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Decides one invoice with a policy and prints the decision: outcome, rule, reason, amount, dates,"
          + " auto_validate and salt_id.",
      "Then the rule trace: each rule tried, its conditions, and the values they saw.",
      "The invoice file may hold several invoices (an array or a page): --index picks one."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the invoice was decided and explained",
      "1:the policy has errors",
      "2:bad usage, or a file that cannot be read or holds bad input"
    })
final class ExplainCommand implements Callable<Integer> {
  @Option(names = "--policy", required = true, paramLabel = "FILE", description = "the policy that decides")
  Path policyFile;

  @Option(names = "--invoice", required = true, paramLabel = "FILE",
      description = "invoice_creation_payload JSON: one invoice, an array, a page, or sandbox generator output")
  Path invoiceFile;

  @Option(names = "--borrowers", paramLabel = "FILE", description = "a GET /borrowers response (default: no borrowers)")
  Optional<Path> borrowers;

  @Option(names = "--credit-lines", paramLabel = "FILE", description = "a GET /credit_lines response (default: no credit lines)")
  Optional<Path> creditLines;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
      description = "the date the policy sees as today (default: today in the policy's timezone)")
  Optional<LocalDate> today;

  @Option(names = "--index", paramLabel = "N", defaultValue = "0",
      description = "which invoice of the file, from 0 (default: ${DEFAULT-VALUE})")
  int index;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return explain(out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int explain(PrintWriter out, PrintWriter err) {
    if (index < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--index must be 0 or more, got " + index);
    }
    PolicyLoading loading = PolicyLoading.load(policyFile, err);
    if (loading.policy().isEmpty()) {
      return loading.exitCode();
    }
    CompiledPolicy policy = loading.policy().get();
    Optional<DecisionInputs> inputs = InputFiles.decisionInputs(borrowers, creditLines, err);
    if (inputs.isEmpty()) {
      return ExitCodes.USAGE;
    }
    Scan scan;
    try {
      scan = scan();
    } catch (InputException e) {
      return InputFiles.report(e, err);
    } catch (IOException e) {
      return InputFiles.report(e, invoiceFile, err);
    } catch (UncheckedIOException e) {
      return InputFiles.report(e.getCause(), invoiceFile, err);
    }
    if (scan.chosen().isEmpty()) {
      err.println("covenant: " + invoiceFile + " has no invoice at --index " + index + ": it holds "
          + CheckCommand.plural(scan.total(), "invoice", "invoices"));
      return ExitCodes.USAGE;
    }
    LocalDate date = today.orElseGet(() -> LocalDate.now(policy.zone()));
    Decision decision = policy.decide(scan.chosen().get(), inputs.get().withToday(date));
    Invoice invoice = decision.invoice();
    out.println("invoice " + invoice.invoiceNumber() + " of seller " + invoice.seller().identifier().orElse("(none)")
        + (scan.total() > 1
            ? " (index " + index + " of " + scan.total() + " invoices in " + invoiceFile + ")"
            : " (" + invoiceFile + ")"));
    out.println("policy " + policy.name() + policy.version().map(v -> " version " + v).orElse("") + " (" + policyFile + ")");
    out.println();
    DecisionText.print(decision, date, out);
    return ExitCodes.OK;
  }

  /** The invoice at {@code --index}, if the file has one, and how many the file holds. */
  private record Scan(Optional<Invoice> chosen, int total) {}

  /** Reads the whole file, one invoice at a time, so that bad input after the chosen invoice is still reported. */
  private Scan scan() throws IOException {
    Optional<Invoice> chosen = Optional.empty();
    int total = 0;
    try (InvoiceStream invoices = DefactoJson.openInvoices(invoiceFile)) {
      while (invoices.hasNext()) {
        Invoice invoice = invoices.next();
        if (total == index) {
          chosen = Optional.of(invoice);
        }
        total++;
      }
    }
    return new Scan(chosen, total);
  }
}
