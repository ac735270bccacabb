package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.PolicyLoader;
import dev.covenant.core.ValidationDecision;
import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.model.LoanProposal;
import dev.covenant.dsl.PolicySource;
import dev.covenant.dsl.ast.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The sample data exercises the sample policies completely: every rule of every block decides at
 * least one sample invoice or loan, so a rule added without data fails here.
 */
class SampleDataTest {
  private static final Path POLICIES = Path.of("policies");
  private static final Path DATA = Path.of("data");
  private static final String OTHERWISE = "otherwise";

  static Stream<Path> samplePolicies() throws IOException {
    try (Stream<Path> files = Files.list(POLICIES)) {
      return files.filter(f -> f.toString().endsWith(".policy")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samplePolicies")
  void everyFinanceRuleDecidesAtLeastOneSampleInvoice(Path policyFile) throws IOException {
    CompiledPolicy policy = load(policyFile);
    Policy ast = policy.checked().ast();
    Set<String> rules = new HashSet<>();
    ast.finance().ifPresent(block -> {
      block.rules().forEach(rule -> rules.add(rule.name()));
      block.otherwise().ifPresent(action -> rules.add(OTHERWISE));
    });

    Set<String> deciding = new HashSet<>();
    List<Path> invoiceFiles = invoiceFiles(policyFile);
    for (Path file : invoiceFiles) {
      for (Decision decision : policy.decideAll(DefactoJson.readInvoices(file), inputs()).decisions()) {
        deciding.add(decision.rule().orElse(OTHERWISE));
      }
    }

    assertThat(invoiceFiles).as("invoice files for " + policyFile).isNotEmpty();
    assertThat(deciding).as("rules deciding the sample invoices of " + policyFile).isEqualTo(rules);
  }

  @ParameterizedTest
  @MethodSource("samplePolicies")
  void everyValidateRuleDecidesAtLeastOneSampleLoan(Path policyFile) throws IOException {
    CompiledPolicy policy = load(policyFile);
    Set<String> rules = new HashSet<>();
    policy.checked().ast().validate().ifPresent(block -> {
      block.rules().forEach(rule -> rules.add(rule.name()));
      block.otherwise().ifPresent(action -> rules.add(OTHERWISE));
    });

    Set<String> deciding = new HashSet<>();
    Path loans = dataFolder(policyFile).resolve("loans.json");
    if (Files.exists(loans)) {
      for (LoanProposal loan : DefactoJson.readLoans(loans)) {
        ValidationDecision decision = policy.validate(loan, inputs());
        deciding.add(decision.rule().orElse(OTHERWISE));
      }
    }

    assertThat(deciding).as("rules deciding the sample loans of " + policyFile).isEqualTo(rules);
  }

  @Test
  void theSampleInvoicesComeInEveryShapeDefactoGivesThem() throws IOException {
    List<String> starts = new ArrayList<>();
    for (Path policy : samplePolicies().toList()) {
      for (Path file : invoiceFiles(policy)) {
        starts.add(Files.readString(file).strip().substring(0, 30).replaceAll("\\s+", ""));
      }
    }

    assertThat(starts).anyMatch(s -> s.startsWith("[{\"invoice_number\""))
        .anyMatch(s -> s.startsWith("[{\"pdf_download_url\""))
        .anyMatch(s -> s.startsWith("{\"count\""));
  }

  @Test
  void theReadmeGivesTheDateTheSamplesAreDecidedOn() throws IOException {
    assertThat(Files.readString(DATA.resolve("README.md"))).contains(SampleData.TODAY.toString());
  }

  @Test
  void theDryRunDefaultsExist() {
    assertThat(POLICIES.resolve(SampleData.DEFAULT_POLICY)).isRegularFile();
    assertThat(DATA.resolve(SampleData.DEFAULT_INVOICES)).isRegularFile();
    assertThat(DATA.resolve(SampleData.BORROWERS)).isRegularFile();
    assertThat(DATA.resolve(SampleData.CREDIT_LINES)).isRegularFile();
  }

  private static CompiledPolicy load(Path file) throws IOException {
    return PolicyLoader.create().load(PolicySource.read(file)).policy().orElseThrow();
  }

  private static DecisionInputs inputs() throws IOException {
    return DecisionInputs.of(DefactoJson.readBorrowers(DATA.resolve(SampleData.BORROWERS)),
        DefactoJson.readCreditLines(DATA.resolve(SampleData.CREDIT_LINES))).withToday(SampleData.TODAY);
  }

  private static Path dataFolder(Path policyFile) {
    String name = policyFile.getFileName().toString();
    return DATA.resolve(name.substring(0, name.length() - ".policy".length()));
  }

  private static List<Path> invoiceFiles(Path policyFile) throws IOException {
    Path folder = dataFolder(policyFile).resolve("invoices");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }
}
