package dev.covenant.samples;

import dev.covenant.core.BatchProgress;
import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.DecisionSink;
import dev.covenant.core.json.InputException;
import dev.covenant.samples.dryrun.DecisionReport;
import dev.covenant.samples.dryrun.HtmlReport;
import dev.covenant.samples.dryrun.JsonReport;
import dev.covenant.samples.dryrun.PolicyIdentity;
import dev.covenant.samples.dryrun.TableReport;
import dev.covenant.samples.dryrun.TotalsAccumulator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code covenant dry-run}: decides a batch of invoices and shows what would be financed, moving no money. */
@Command(
    name = "dry-run",
    mixinStandardHelpOptions = true,
    description = {
      "Decides a batch of invoices with a policy and reports the decisions; calls nothing, moves no money.",
      "With no arguments at all, runs the bundled sample policy on the bundled sample data.",
      "Invoices are streamed: the batch need not fit in memory."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the batch was decided (whatever the outcomes)",
      "1:the policy has errors",
      "2:bad usage, or an input that cannot be read (missing file, malformed JSON, negative amount...)"
    })
final class DryRunCommand implements Callable<Integer> {
  enum Format { TABLE, JSON, HTML }

  @Option(names = "--policy", paramLabel = "FILE", description = "the policy file")
  Path policy;

  @Option(names = "--invoices", arity = "1..*", paramLabel = "PATH",
      description = "JSON files of invoices (payloads, generator wrappers, arrays or GET /invoices pages), "
          + "or directories of *.json files")
  List<Path> invoices;

  @Option(names = "--credit-lines", paramLabel = "FILE", description = "a GET /credit_lines response")
  Path creditLines;

  @Option(names = "--borrowers", paramLabel = "FILE", description = "a GET /borrowers response")
  Path borrowers;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
      description = "the date the policy sees as today (default: today in the policy's time zone)")
  LocalDate today;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      converter = FormatConverter.class,
      description = "table (for people, the default), json (the stable contract of docs/runner.md) or html "
          + "(one self-contained page)")
  Format format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "write the report to FILE (replaced only once complete) instead of stdout; "
          + "html defaults to dry-run.html")
  Path out;

  @Option(names = "--explanations", description = "with --format json: each decision's rule trace too")
  boolean explanations;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "5000",
      description = "with --format html: decisions shown in the table (default ${DEFAULT-VALUE}); totals count all")
  int maxRows;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(err);
    } catch (InputException e) {
      return InputFiles.report(e, err);
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
    if (policy == null && invoices == null && creditLines == null && borrowers == null && today == null) {
      BundledSample sample = BundledSample.extract();
      policy = sample.policy();
      policyName = sample.policyName();
      invoices = List.of(sample.invoices());
      creditLines = sample.creditLines();
      borrowers = sample.borrowers();
      today = sample.today();
      err.println("covenant: no arguments: the bundled sample " + sample.describe());
    } else if (policy == null || invoices == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "dry-run needs --policy FILE and --invoices PATH... (or no arguments at all, for the bundled sample)");
    }
    if (maxRows < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-rows must not be negative, got " + maxRows);
    }
    PolicyLoading loading = PolicyLoading.load(policy, policyName, err);
    if (loading.policy().isEmpty()) {
      return loading.exitCode();
    }
    CompiledPolicy compiled = loading.policy().get();
    List<Path> files = InvoicePaths.expand(invoices, borrowers, creditLines);
    Optional<DecisionInputs> read =
        InputFiles.decisionInputs(Optional.ofNullable(borrowers), Optional.ofNullable(creditLines), err);
    if (read.isEmpty()) {
      return ExitCodes.USAGE;
    }
    LocalDate decisionDay = today != null ? today : LocalDate.now(compiled.zone());
    DecisionInputs inputs = read.get().withToday(decisionDay);

    Path target = out != null ? out : (format == Format.HTML ? Path.of("dry-run.html") : null);
    if (target == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      decide(compiled, files, inputs, decisionDay, report(stdout), err);
      stdout.flush();
      return ExitCodes.OK;
    }
    FileReplacement.write(target, file -> {
      DecisionReport report = format == Format.HTML ? new HtmlReport(file, maxRows)
          : report(new OutputStreamWriter(file, StandardCharsets.UTF_8));
      decide(compiled, files, inputs, decisionDay, report, err);
    });
    err.println("covenant: wrote " + target);
    return ExitCodes.OK;
  }

  private void decide(CompiledPolicy compiled, List<Path> files, DecisionInputs inputs, LocalDate decisionDay,
      DecisionReport report, PrintWriter err) throws IOException {
    TotalsAccumulator totals = new TotalsAccumulator(compiled, decisionDay, inputs);
    ProgressBar bar = ProgressBar.forTerminal(err);
    report.start(PolicyIdentity.of(compiled), decisionDay);
    try {
      compiled.decideFiles(files, inputs, new DecisionSink() {
        @Override
        public void accept(Decision decision) throws IOException {
          totals.add(decision);
          report.decision(decision);
        }

        @Override
        public void progress(BatchProgress progress) {
          bar.show(progress);
        }
      });
    } finally {
      bar.clear();
    }
    report.finish(totals.totals());
  }

  /** The table or JSON report; HTML always goes to a file. */
  private DecisionReport report(Writer writer) throws IOException {
    if (format == Format.JSON) {
      return new JsonReport(writer, explanations);
    }
    return new TableReport(writer instanceof PrintWriter print ? print : new PrintWriter(writer, false));
  }

  static final class FormatConverter extends EnumNames<Format> {
    FormatConverter() {
      super(Format.class, true);
    }
  }
}
