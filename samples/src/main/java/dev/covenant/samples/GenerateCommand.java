package dev.covenant.samples;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code covenant generate}: synthetic invoices, borrowers and credit lines for dry runs at scale. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes N synthetic invoices, a JSON array of Defacto invoice_creation_payload objects, one per line.",
      "Beside them: the sellers as a GET /borrowers page, and their credit lines as a GET /credit_lines page:",
      "%n  --out invoices.json writes%n    invoices.json%n    invoices.borrowers.json%n    invoices.credit-lines.json%n",
      "The same --seed, --borrowers and --today give the same files. The three paths are printed on stdout.",
      "The data is made up: mostly EUR, some GBP (British sellers), amounts from 50 to 80,000; some invoices"
          + " overdue, long-term, partly paid, or to the buyers the sample marketplace policy blocks.",
      "Most borrowers are READY with a credit line, some TO_SIGN without one."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the files were written", "2:bad usage, or a file that cannot be written"})
final class GenerateCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY = 250_000;

  @Option(names = "--invoices", required = true, paramLabel = "N", description = "how many invoices")
  long invoices;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the invoices file; the other two are named from it")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "the random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--borrowers", defaultValue = "200", paramLabel = "B",
      description = "how many sellers, each a borrower (default: ${DEFAULT-VALUE})")
  int borrowers;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
      description = "the date invoices are issued and due around (default: today, UTC)")
  Optional<LocalDate> today;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (invoices < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--invoices must be 0 or more, got " + invoices);
    }
    if (borrowers < 1 || borrowers > 1_000_000) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--borrowers must be from 1 to 1,000,000, got " + borrowers);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate date = today.orElseGet(() -> LocalDate.now(java.time.ZoneOffset.UTC));
    SyntheticInvoices synthetic = new SyntheticInvoices(seed, borrowers, date);
    SyntheticLenderFiles lender = new SyntheticLenderFiles(synthetic.sellers(), seed, date);
    List<Path> files = List.of(out, sibling(out, "borrowers"), sibling(out, "credit-lines"));
    long started = System.nanoTime();
    try {
      write(files.get(0), json -> {
        json.writeStartArray();
        for (long i = 1; i <= invoices; i++) {
          synthetic.write(json, i);
          if (i % PROGRESS_EVERY == 0 && i < invoices) {
            err.println("wrote " + i + " of " + invoices + " invoices");
            err.flush();
          }
        }
        json.writeEndArray();
      });
      write(files.get(1), lender::writeBorrowers);
      write(files.get(2), lender::writeCreditLines);
    } catch (IOException e) {
      err.println("covenant: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    err.println("generated " + invoices + (invoices == 1 ? " invoice" : " invoices") + " from " + CheckCommand.plural(borrowers, "seller", "sellers") + " (seed " + seed + ", today " + date + ") in "
        + millis + " ms");
    files.forEach(stdout::println);
    stdout.flush();
    err.flush();
    return ExitCodes.OK;
  }

  /** {@code invoices.json} and {@code borrowers} give {@code invoices.borrowers.json}. */
  static Path sibling(Path invoicesFile, String kind) {
    String name = invoicesFile.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    return invoicesFile.resolveSibling(stem + "." + kind + ".json");
  }

  private interface JsonWriting {
    void write(JsonGenerator json) throws IOException;
  }

  private static void write(Path file, JsonWriting writing) throws IOException {
    FileReplacement.write(file, out -> {
      try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
        json.setPrettyPrinter(new RecordPerLinePrinter());
        writing.write(json);
        json.writeRaw('\n');
      }
    });
  }
}
