package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.json.InvoiceStream;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

  @TempDir
  Path directory;

  @Test
  void writesExactlyNInvoicesThatCoreReadsAndPrintsTheThreePaths() throws IOException {
    Path out = directory.resolve("invoices.json");

    RunnerResult result = generate(out, 1234, 7, 20);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).containsExactly(out.toString(),
        directory.resolve("invoices.borrowers.json").toString(), directory.resolve("invoices.credit-lines.json").toString());
    assertThat(countInvoices(out)).isEqualTo(1234);
    assertThat(result.err()).contains("generated 1234 invoices from 20 sellers (seed 7, today 2026-11-16)");
  }

  @Test
  void borrowersAreTheSellersAndOnlyReadyOnesHaveACreditLineInTheirCurrency() throws IOException {
    Path out = directory.resolve("batch.json");
    generate(out, 2000, 11, 40);

    List<Invoice> invoices = DefactoJson.readInvoices(out);
    Map<String, Borrower> borrowers = DefactoJson.readBorrowers(directory.resolve("batch.borrowers.json")).stream()
        .collect(Collectors.toMap(Borrower::identifier, Function.identity()));
    List<CreditLine> lines = DefactoJson.readCreditLines(directory.resolve("batch.credit-lines.json"));

    assertThat(borrowers).hasSize(40);
    assertThat(invoices).allSatisfy(i -> assertThat(borrowers).containsKey(i.seller().identifier().orElseThrow()));
    assertThat(borrowers.values()).extracting(b -> b.status().orElseThrow()).containsOnly("READY", "TO_SIGN")
        .contains("TO_SIGN").filteredOn("READY"::equals).hasSizeGreaterThan(20);
    assertThat(lines).extracting(CreditLine::borrowerIdentifier).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(borrowers.values().stream()
            .filter(b -> b.status().orElseThrow().equals("READY")).map(Borrower::identifier).toList());
    Map<String, String> sellerCurrency = invoices.stream()
        .collect(Collectors.toMap(i -> i.seller().identifier().orElseThrow(), Invoice::currency, (a, b) -> a));
    assertThat(lines).allSatisfy(line -> {
      if (sellerCurrency.containsKey(line.borrowerIdentifier())) {
        assertThat(line.currency()).isEqualTo(sellerCurrency.get(line.borrowerIdentifier()));
      }
      assertThat(line.balanceAvailable().getAsLong()).isPositive().isLessThanOrEqualTo(line.poolAmount().getAsLong());
    });
  }

  @Test
  void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
    Path first = directory.resolve("a.json");
    Path second = directory.resolve("b.json");
    Path other = directory.resolve("c.json");

    generate(first, 500, 42, 30);
    generate(second, 500, 42, 30);
    generate(other, 500, 43, 30);

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readAllBytes(directory.resolve("b.borrowers.json")))
        .isEqualTo(Files.readAllBytes(directory.resolve("a.borrowers.json")));
    assertThat(Files.readAllBytes(directory.resolve("b.credit-lines.json")))
        .isEqualTo(Files.readAllBytes(directory.resolve("a.credit-lines.json")));
    assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
  }

  @Test
  void theInvoicesHaveTheVarietyAPolicyMeets() throws IOException {
    Path out = directory.resolve("variety.json");
    generate(out, 3000, 5, 200);

    List<Invoice> invoices = DefactoJson.readInvoices(out);

    Map<String, Long> currencies = invoices.stream().collect(Collectors.groupingBy(Invoice::currency, Collectors.counting()));
    assertThat(currencies.keySet()).containsExactlyInAnyOrder("EUR", "GBP");
    assertThat(currencies.get("EUR")).isGreaterThan(currencies.get("GBP") * 5);
    assertThat(invoices.stream().map(i -> i.buyer().address().country().orElseThrow()).distinct().count())
        .isGreaterThanOrEqualTo(6);
    assertThat(invoices).allSatisfy(i -> assertThat(i.totalAmount().getAsLong()).isBetween(5_000L, 8_000_000L));
    assertThat(invoices).filteredOn(i -> i.totalAmount().getAsLong() < 50_000).isNotEmpty();
    assertThat(invoices).filteredOn(i -> i.totalAmount().getAsLong() > 5_000_000).isNotEmpty();
    assertThat(invoices).filteredOn(i -> i.dueAt().orElseThrow().toLocalDate().isBefore(TODAY)).isNotEmpty();
    assertThat(invoices).filteredOn(i -> i.issuedAt().orElseThrow().toLocalDate().plusDays(90)
        .isBefore(i.dueAt().orElseThrow().toLocalDate())).isNotEmpty();
    assertThat(invoices).filteredOn(i -> i.toPayAmount().isEmpty()).isNotEmpty();
    assertThat(invoices).filteredOn(i -> SyntheticInvoices.BLOCKED_BUYERS.contains(i.buyer().identifier().orElseThrow()))
        .isNotEmpty();
    assertThat(invoices).extracting(Invoice::invoiceNumber).doesNotHaveDuplicates();
  }

  @Test
  void identifiersAndAccountsCarryValidCheckDigits() throws IOException {
    Path out = directory.resolve("ids.json");
    generate(out, 400, 9, 50);

    List<Invoice> invoices = DefactoJson.readInvoices(out);

    assertThat(invoices).filteredOn(i -> i.seller().identifierType().orElseThrow().equals("siren")).isNotEmpty()
        .allSatisfy(i -> assertThat(luhnValid(i.seller().identifier().orElseThrow())).isTrue());
    assertThat(invoices).allSatisfy(i -> assertThat(ibanValid(i.toAccount().accountNumber().orElseThrow())).isTrue());
  }

  @Test
  void anOutputNameWithoutJsonStillGetsJsonSiblings() {
    assertThat(GenerateCommand.sibling(Path.of("out", "batch"), "borrowers")).isEqualTo(Path.of("out", "batch.borrowers.json"));
    assertThat(GenerateCommand.sibling(Path.of("x.json"), "credit-lines")).isEqualTo(Path.of("x.credit-lines.json"));
  }

  @Test
  void aMissingOutputDirectoryIsOneLineAndExitTwo() {
    Path out = directory.resolve("absent").resolve("invoices.json");

    RunnerResult result = generate(out, 10, 1, 5);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("covenant: cannot write " + out + ": no such directory").hasLineCount(1);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aNegativeCountIsAUsageError() {
    RunnerResult result = RunnerResult.run("generate", "--invoices", "-3", "--out", directory.resolve("x.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--invoices must be 0 or more, got -3");
  }

  @Test
  void zeroBorrowersIsAUsageError() {
    RunnerResult result = generate(directory.resolve("x.json"), 10, 1, 0);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--borrowers must be from 1 to 1,000,000, got 0");
  }

  @Test
  void helpNamesTheThreeFilesAndTheExitCodes() {
    RunnerResult result = RunnerResult.run("generate", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("invoices.borrowers.json").contains("invoices.credit-lines.json")
        .contains("--seed=S").contains("--borrowers=B").contains("Exit codes:");
  }

  private RunnerResult generate(Path out, long invoices, long seed, int borrowers) {
    return RunnerResult.run("generate", "--invoices", Long.toString(invoices), "--out", out.toString(),
        "--seed", Long.toString(seed), "--borrowers", Integer.toString(borrowers), "--today", TODAY.toString());
  }

  private static long countInvoices(Path file) throws IOException {
    long count = 0;
    try (InvoiceStream invoices = DefactoJson.openInvoices(file)) {
      while (invoices.hasNext()) {
        invoices.next();
        count++;
      }
    }
    return count;
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
    }
    return sum % 10 == 0;
  }

  private static boolean ibanValid(String iban) {
    String moved = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    moved.chars().forEach(c -> digits.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : Character.toString(c)));
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }
}
