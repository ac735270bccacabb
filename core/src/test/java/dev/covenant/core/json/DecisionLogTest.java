package dev.covenant.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.PolicyLoader;
import dev.covenant.dsl.PolicySource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionLogTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneOffset.UTC);
  private static final CompiledPolicy POLICY = PolicyLoader.create()
      .load(PolicySource.of("p.policy", "policy \"p\" version 2\nfinance {\n  otherwise skip\n}\n"))
      .policy().orElseThrow();

  @TempDir
  Path dir;

  private List<JsonNode> records(Path file) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      records.add(Fixtures.parse(line));
    }
    return records;
  }

  @Test
  void writesADecisionAsOneLineWithItsTimePolicyInputAndExplanation() throws IOException {
    Path file = dir.resolve("decisions.jsonl");

    try (DecisionLog log = DecisionLog.open(file, CLOCK)) {
      log.append(SampleDecisions.finance(), POLICY);
    }

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    assertThat(Files.readString(file)).endsWith("}\n");
    assertThat(Fixtures.parse(lines.get(0))).isEqualTo(Fixtures.parse("{"
        + "\"logged_at\": \"2026-11-20T09:30:00Z\", \"kind\": \"finance\","
        + "\"policy\": {\"name\": \"p\", \"version\": \"2\", \"sha256\": \"" + POLICY.sha256() + "\"},"
        + "\"input\": {\"source\": \"invoices.json\", \"index\": 4, \"invoice_number\": \"ACME-2026-0117\","
        + " \"seller_identifier\": \"900300400\"},"
        + "\"decision\": " + Fixtures.tree("decision-finance.json") + "}"));
  }

  @Test
  void writesNullForAnInvoiceWithoutSellerIdentifier() throws IOException {
    Path file = dir.resolve("decisions.jsonl");

    try (DecisionLog log = DecisionLog.open(file, CLOCK)) {
      log.append(SampleDecisions.skip(), POLICY);
    }

    JsonNode record = records(file).get(0);
    assertThat(record.get("input").get("seller_identifier").isNull()).isTrue();
    assertThat(record.get("decision")).isEqualTo(Fixtures.tree("decision-skip.json"));
  }

  @Test
  void writesAValidationDecisionWithTheLoanAsInput() throws IOException {
    Path file = dir.resolve("decisions.jsonl");

    try (DecisionLog log = DecisionLog.open(file, CLOCK)) {
      log.append(SampleDecisions.cancel(), POLICY);
    }

    JsonNode record = records(file).get(0);
    assertThat(record.get("kind").textValue()).isEqualTo("validate");
    assertThat(record.get("input")).isEqualTo(Fixtures.parse("{\"loan_id\": \"a7c0e0f1-0000-4000-8000-0000000000e1\","
        + " \"status\": \"TO_VALIDATE\", \"borrower_identifier\": \"900300400\"}"));
    assertThat(record.get("decision")).isEqualTo(Fixtures.tree("validation-cancel.json"));
  }

  @Test
  void reopeningAppendsAfterWhatIsThereAndNeverTruncates() throws IOException {
    Path file = dir.resolve("decisions.jsonl");
    try (DecisionLog log = DecisionLog.open(file, CLOCK)) {
      log.append(SampleDecisions.finance(), POLICY);
    }
    String firstRun = Files.readString(file);

    try (DecisionLog log = DecisionLog.open(file, Clock.offset(CLOCK, Duration.ofHours(1)))) {
      log.append(SampleDecisions.skip(), POLICY);
      log.append(SampleDecisions.cancel(), POLICY);
    }

    assertThat(Files.readString(file)).startsWith(firstRun);
    assertThat(records(file)).extracting(r -> r.get("logged_at").textValue())
        .containsExactly("2026-11-20T09:30:00Z", "2026-11-20T10:30:00Z", "2026-11-20T10:30:00Z");
  }

  @Test
  void startsOnANewLineAfterARecordCutShortByACrash() throws IOException {
    Path file = dir.resolve("decisions.jsonl");
    Files.writeString(file, "{\"logged_at\": \"2026-11-19T23:59:59Z\", \"kind\": \"fin");

    try (DecisionLog log = DecisionLog.open(file, CLOCK)) {
      log.append(SampleDecisions.finance(), POLICY);
    }

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("{\"logged_at\": \"2026-11-19T23:59:59Z\", \"kind\": \"fin");
    assertThat(Fixtures.parse(lines.get(1)).get("kind").textValue()).isEqualTo("finance");
  }

  @Test
  void keepsEveryLineWholeWhenManyThreadsAppend() throws Exception {
    Path file = dir.resolve("decisions.jsonl");
    int threads = 8;
    int each = 200;

    try (DecisionLog log = DecisionLog.open(file, CLOCK)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          done.add(pool.submit(() -> {
            for (int i = 0; i < each; i++) {
              log.append(i % 2 == 0 ? SampleDecisions.finance() : SampleDecisions.skip(), POLICY);
            }
          }));
        }
        for (Future<?> f : done) {
          f.get(30, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
    }

    List<JsonNode> records = records(file);
    assertThat(records).hasSize(threads * each);
    assertThat(records).allSatisfy(r -> assertThat(r.get("decision").get("explanation").get("rules")).hasSizeGreaterThan(0));
  }

  @Test
  void refusesToAppendOnceClosed() throws IOException {
    DecisionLog log = DecisionLog.open(dir.resolve("decisions.jsonl"), CLOCK);
    log.close();
    log.close();

    assertThatThrownBy(() -> log.append(SampleDecisions.finance(), POLICY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed");
  }
}
