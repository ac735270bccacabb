package dev.covenant.samples;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.json.InputException;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.DefactoException;
import dev.covenant.defacto.api.BorrowerFilter;
import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.CreditLineFilter;
import dev.covenant.defacto.execution.AutoValidation;
import dev.covenant.defacto.execution.ExecutionOutcome;
import dev.covenant.defacto.execution.ExecutionReport;
import dev.covenant.defacto.execution.LoanExecutor;
import dev.covenant.defacto.execution.RequestedLoans;
import dev.covenant.samples.dryrun.PolicyIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code covenant execute}: decides a batch and executes the decisions through the connector, on
 * the embedded emulator unless {@code --base-url} names a Defacto host.
 */
@Command(
    name = "execute",
    mixinStandardHelpOptions = true,
    description = {
      "Decides a batch of invoices with a policy, then requests the loans on Defacto and validates or cancels "
          + "them by the policy's validate rules.",
      "By default against the embedded Defacto emulator (no key, no network, no money); with --base-url "
          + "against that Defacto host, the key read from DEFACTO_API_KEY.",
      "Borrowers and credit lines are read from the target, live. Re-running after an interruption finances "
          + "nothing twice: loans carry the invoice's salt_id, and loans already requested for this batch are "
          + "counted back into the credit they hold.",
      "With no arguments at all, executes the bundled sample on the emulator."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every decision was executed (whatever Defacto answered)",
      "1:the policy has errors, or some loan FAILED (see the report)",
      "2:bad usage, an input that cannot be read, or a target that cannot be reached"
    })
final class ExecuteCommand implements Callable<Integer> {
  enum Format { TABLE, JSON }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Option(names = "--policy", paramLabel = "FILE", description = "the policy file")
  Path policy;

  @Option(names = "--invoices", arity = "1..*", paramLabel = "PATH",
      description = "JSON files of invoices (payloads, generator wrappers, arrays or GET /invoices pages), "
          + "or directories of *.json files")
  List<Path> invoices;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "a Defacto host, such as https://api-sandbox.getdefacto.com (default: the embedded emulator)")
  URI baseUrl;

  @Option(names = "--production", description = "allow --base-url to be Defacto's production, where loans move real money")
  boolean production;

  @Option(names = "--borrowers", paramLabel = "FILE",
      description = "emulator only: a GET /borrowers page to register before executing (with --credit-lines)")
  Path borrowers;

  @Option(names = "--credit-lines", paramLabel = "FILE",
      description = "emulator only: a GET /credit_lines page to register before executing (with --borrowers)")
  Path creditLines;

  @Option(names = "--faults", paramLabel = "SPEC",
      description = "emulator only: faults to inject, as for `covenant sandbox --faults`")
  String faults;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
      description = "the date the policy sees as today (default: today in the policy's time zone)")
  LocalDate today;

  @Option(names = "--auto-validation", paramLabel = "MODE", defaultValue = "as-decided",
      converter = AutoValidationConverter.class,
      description = "as-decided (the policy's auto_validate, the default), always or never")
  AutoValidation autoValidation;

  @Option(names = "--wait-for-validation",
      description = "ask Defacto to answer each request with its decision (up to 20 s) rather than polling")
  boolean waitForValidation;

  @Option(names = "--max-concurrency", paramLabel = "N", defaultValue = "4",
      description = "loans in flight at once (default ${DEFAULT-VALUE})")
  int maxConcurrency;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "table (for people, the default) or json")
  Format format;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(err);
    } catch (InputException e) {
      return InputFiles.report(e, err);
    } catch (DefactoTarget.TargetException | IllegalArgumentException e) {
      err.println("covenant: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (DefactoException e) {
      // Reading borrowers or credit lines failed before anything was requested.
      err.println("covenant: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (UncheckedIOException e) {
      err.println("covenant: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      return InputFiles.report(e, err);
    } finally {
      err.flush();
    }
  }

  private int run(PrintWriter err) throws IOException {
    String policyName = policy == null ? "" : policy.toString();
    boolean bundled = policy == null && invoices == null && borrowers == null && creditLines == null && today == null
        && baseUrl == null;
    if (bundled) {
      BundledSample sample = BundledSample.extract();
      policy = sample.policy();
      policyName = sample.policyName();
      invoices = List.of(sample.invoices());
      borrowers = sample.borrowers();
      creditLines = sample.creditLines();
      today = sample.today();
      err.println("covenant: no arguments: the bundled sample " + sample.describe() + ", on the emulator");
    } else if (policy == null || invoices == null) {
      throw usage("execute needs --policy FILE and --invoices PATH... (or no arguments at all, for the bundled sample)");
    }
    if (maxConcurrency < 1) {
      throw usage("--max-concurrency must be at least 1, got " + maxConcurrency);
    }
    if (baseUrl != null && (borrowers != null || creditLines != null || faults != null)) {
      throw usage("--borrowers, --credit-lines and --faults set up the emulator; with --base-url, Defacto's own "
          + "borrowers and credit lines are used");
    }
    if ((borrowers == null) != (creditLines == null)) {
      throw usage("--borrowers and --credit-lines register borrowers on the emulator together: give both");
    }
    PolicyLoading loading = PolicyLoading.load(policy, policyName, err);
    if (loading.policy().isEmpty()) {
      return loading.exitCode();
    }
    CompiledPolicy compiled = loading.policy().get();
    List<Invoice> batch = new ArrayList<>();
    for (Path file : InvoicePaths.expand(invoices, borrowers, creditLines)) {
      batch.addAll(DefactoJson.readInvoices(file));
    }
    LocalDate decisionDay = today != null ? today : LocalDate.now(compiled.zone());

    try (DefactoTarget target = openTarget()) {
      err.println("covenant: executing " + batch.size() + " invoice(s) with " + compiled.name() + " on "
          + target.description() + ", today " + decisionDay);
      Live live = live(target.client(), decisionDay);
      if (live.requested().size() > 0) {
        err.println("covenant: " + live.requested().size() + " loan(s) requested by an earlier run still hold credit:"
            + " their invoices count them back, and their loans are followed, not requested again");
      }
      DecisionBatch decisions = compiled.decideAll(batch, live.inputs());
      LoanExecutor executor = LoanExecutor.builder(target.client(), compiled)
          .autoValidation(autoValidation)
          .waitForValidation(waitForValidation)
          .maxConcurrency(maxConcurrency)
          .polling(target.polling())
          .sleeper(target.sleeper())
          .build();
      ExecutionReport report = executor.execute(decisions, live.inputs(), live.requested());
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.JSON) {
        out.println(json(compiled, target, decisionDay, report));
      } else {
        new ExecutionTable(out).print(report);
      }
      out.flush();
      int failed = report.count(ExecutionOutcome.FAILED);
      if (failed > 0) {
        err.println("covenant: " + failed + " loan(s) FAILED (see the report)" + (target.emulator().isPresent()
            ? ": on the emulator, these are the faults it was asked to inject outlasting the retries"
            : "; running the same command again retries them and finances nothing twice"));
        return ExitCodes.FAILED;
      }
      return ExitCodes.OK;
    }
  }

  private DefactoTarget openTarget() throws IOException {
    if (baseUrl != null) {
      return DefactoTarget.remote(baseUrl, production);
    }
    Optional<DefactoTarget.Seed> seed = borrowers == null ? Optional.empty()
        : Optional.of(new DefactoTarget.Seed(borrowers, creditLines));
    return DefactoTarget.embedded(seed, Optional.ofNullable(faults), 1L);
  }

  /**
   * The borrowers and credit lines as the target has them now, and the loans an earlier run
   * already requested: their amounts make a re-run allocate credit as the first run did, and the
   * executor follows those loans rather than requesting them again.
   */
  static Live live(DefactoClient defacto, LocalDate today) {
    // Loans first: one created between the two reads is then counted back, never out of the balance and unlisted.
    RequestedLoans requested = RequestedLoans.find(defacto);
    List<Borrower> borrowers = defacto.borrowers(BorrowerFilter.all()).map(BorrowerProfile::toBorrower)
        .collect(Collectors.toList());
    List<CreditLine> creditLines = defacto.creditLines(CreditLineFilter.all()).collect(Collectors.toList());
    return new Live(DecisionInputs.of(borrowers, creditLines).withToday(today).withRequestedLoans(requested.amounts()),
        requested);
  }

  /** What a run decides with, read from the target. */
  record Live(DecisionInputs inputs, RequestedLoans requested) {}

  private static String json(CompiledPolicy policy, DefactoTarget target, LocalDate today, ExecutionReport report)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "covenant.execute/1");
    PolicyIdentity identity = PolicyIdentity.of(policy);
    ObjectNode policyNode = root.putObject("policy");
    policyNode.put("name", identity.name());
    policyNode.put("version", identity.version().orElse(null));
    policyNode.put("sha256", identity.sha256());
    root.put("target", target.emulator().isPresent() ? "emulator" : target.description());
    root.put("today", today.toString());
    root.setAll((ObjectNode) JSON.readTree(report.toJson()));
    return JSON.writeValueAsString(root);
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  static final class AutoValidationConverter extends EnumNames<AutoValidation> {
    AutoValidationConverter() {
      super(AutoValidation.class, true);
    }
  }

  static final class FormatConverter extends EnumNames<Format> {
    FormatConverter() {
      super(Format.class, true);
    }
  }
}
