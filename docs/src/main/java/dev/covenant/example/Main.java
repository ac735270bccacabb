package dev.covenant.example;

import dev.covenant.core.PolicyRepository;
import dev.covenant.core.json.DecisionLog;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.DefactoClientBuilder;
import dev.covenant.defacto.DefactoEnvironment;
import dev.covenant.defacto.execution.ExecutionOutcome;
import dev.covenant.defacto.execution.ExecutionReport;
import dev.covenant.defacto.execution.PollingBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Wires {@link LendingService} from the environment and finances the invoice files given as
 * arguments, once:
 *
 * <pre>
 * DEFACTO_API_KEY=...                 the key of the host below (sandbox and production keys differ)
 * DEFACTO_ENVIRONMENT=production      Defacto's production, real money; the sandbox otherwise
 * COVENANT_POLICIES=policies          the directory of policies, watched for changes
 * COVENANT_POLICY=marketplace         the policy to decide with
 * COVENANT_DECISION_LOG=decisions.jsonl
 * java dev.covenant.example.Main invoices/*.json
 * </pre>
 *
 * Writes the execution report as JSON to {@code execution.json}; exits with 1 when a loan failed
 * (running it again completes it without financing anything twice).
 */
public final class Main {
  private Main() {}

  /** Runs one batch; see the class comment for the settings. */
  public static void main(String[] args) throws IOException {
    Map<String, String> env = System.getenv();
    List<Path> invoiceFiles = Arrays.stream(args).map(Path::of).toList();
    if (invoiceFiles.isEmpty()) {
      System.err.println("usage: Main INVOICE_FILE...");
      System.exit(2);
    }
    try (DefactoClient defacto = defactoClient(env);
        PolicyRepository policies = PolicyRepository.builder(Path.of(env.getOrDefault("COVENANT_POLICIES", "policies")))
            .listener(reload -> reload.failed().forEach(problem -> System.err.println(problem.render())))
            .open();
        DecisionLog decisionLog = DecisionLog.open(Path.of(env.getOrDefault("COVENANT_DECISION_LOG", "decisions.jsonl")))) {
      policies.watch();
      LendingService service = new LendingService(defacto, policies, env.getOrDefault("COVENANT_POLICY", "marketplace"),
          decisionLog, Clock.systemUTC(), PollingBudget.defaults());

      ExecutionReport report = service.financeBatch(invoiceFiles);
      Files.writeString(Path.of("execution.json"), report.toJson());
      System.out.println(report.counts());
      if (report.count(ExecutionOutcome.FAILED) > 0) {
        System.exit(1);
      }
    }
  }

  /**
   * A client of Defacto's sandbox, or of its production when {@code DEFACTO_ENVIRONMENT} says so:
   * never production by default.
   */
  static DefactoClient defactoClient(Map<String, String> env) {
    DefactoEnvironment environment = Optional.ofNullable(env.get("DEFACTO_ENVIRONMENT"))
        .map(name -> DefactoEnvironment.valueOf(name.strip().toUpperCase(Locale.ROOT)))
        .orElse(DefactoEnvironment.SANDBOX);
    String key = Optional.ofNullable(env.get("DEFACTO_API_KEY")).map(String::strip).filter(k -> !k.isEmpty())
        .orElseThrow(() -> new IllegalStateException("set DEFACTO_API_KEY to your Defacto " + environment
            + " API key"));
    DefactoClientBuilder builder = DefactoClient.builder().environment(environment).apiKey(() -> key);
    return builder.build();
  }
}
