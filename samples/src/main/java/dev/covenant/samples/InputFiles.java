package dev.covenant.samples;

import dev.covenant.core.DecisionInputs;
import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.json.InputException;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.LoanProposal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the runner's data files (borrowers, credit lines, loans) so that bad input ends in one
 * line on stderr and exit code 2, never a stack trace: {@code covenant: cannot read X: no such
 * file} or {@code covenant: file:line:col: detail}.
 */
final class InputFiles {
  private InputFiles() {}

  /** A reader of one kind of Defacto JSON file. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Path file) throws IOException;
  }

  /** The borrowers of a {@code GET /borrowers} file; none without a file. Empty after printing why it failed. */
  static Optional<List<Borrower>> borrowers(Optional<Path> file, PrintWriter err) {
    return file.isEmpty() ? Optional.of(List.of()) : read(file.get(), DefactoJson::readBorrowers, err);
  }

  /** The credit lines of a {@code GET /credit_lines} file; none without a file. Empty after printing why it failed. */
  static Optional<List<CreditLine>> creditLines(Optional<Path> file, PrintWriter err) {
    return file.isEmpty() ? Optional.of(List.of()) : read(file.get(), DefactoJson::readCreditLines, err);
  }

  /** The loans (LoanAPI) of a file. Empty after printing why it failed. */
  static Optional<List<LoanProposal>> loans(Path file, PrintWriter err) {
    return read(file, DefactoJson::readLoans, err);
  }

  /**
   * Borrowers and credit lines together, as a decision needs them. Empty after printing why one
   * could not be read; the caller returns {@link ExitCodes#USAGE}.
   */
  static Optional<DecisionInputs> decisionInputs(Optional<Path> borrowers, Optional<Path> creditLines, PrintWriter err) {
    Optional<List<Borrower>> readBorrowers = borrowers(borrowers, err);
    if (readBorrowers.isEmpty()) {
      return Optional.empty();
    }
    return creditLines(creditLines, err).map(lines -> DecisionInputs.of(readBorrowers.get(), lines));
  }

  /** Reads a file with {@code reader}; empty after printing one line saying why it failed. */
  static <T> Optional<T> read(Path file, Reader<T> reader, PrintWriter err) {
    try {
      return Optional.of(reader.read(file));
    } catch (InputException e) {
      report(e, err);
    } catch (IOException e) {
      report(e, file, err);
    } catch (UncheckedIOException e) {
      report(e.getCause(), file, err);
    }
    return Optional.empty();
  }

  /** Prints bad input as {@code covenant: file:line:col: detail} and gives the exit code for it. */
  static int report(InputException e, PrintWriter err) {
    err.println("covenant: " + e.getMessage());
    return ExitCodes.USAGE;
  }

  /**
   * Prints why a file could not be read or written, in one line naming it, and gives the exit code
   * for it; the file is the one the exception names, when it names one.
   */
  static int report(IOException e, PrintWriter err) {
    if (e instanceof FileSystemException fileError && fileError.getFile() != null) {
      return report(e, Path.of(fileError.getFile()), err);
    }
    err.println("covenant: " + e.getMessage());
    return ExitCodes.USAGE;
  }

  /** Prints why a file could not be read, in one line, and gives the exit code for it. */
  static int report(IOException e, Path file, PrintWriter err) {
    err.println("covenant: " + PolicyFiles.describe(e, file));
    return ExitCodes.USAGE;
  }
}
