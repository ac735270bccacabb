package dev.covenant.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.model.Invoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A batch decided from files, without holding it, gives exactly what deciding it in memory gives. */
class FileBatchProperties {
  private static final CompiledPolicy ALLOCATING = Policies.compile(BatchScenarios.POLICY);
  private static final CompiledPolicy IN_INPUT_ORDER =
      Policies.compile(BatchScenarios.POLICY.replaceAll("allocate by [^\\n]*\\n", ""));

  @Property(tries = 150)
  void filesDecideAsTheSameInvoicesInMemory(@ForAll("scenarios") BatchScenarios.Scenario scenario,
      @ForAll @IntRange(min = 1, max = 3) int fileCount, @ForAll boolean allocating) throws IOException {
    CompiledPolicy policy = allocating ? ALLOCATING : IN_INPUT_ORDER;
    Path dir = Files.createTempDirectory("file-batch");
    try {
      List<Path> files = InvoiceFilesWriter.write(scenario.invoices(), dir, fileCount);
      List<Invoice> read = new ArrayList<>();
      for (Path file : files) {
        read.addAll(DefactoJson.readInvoices(file));
      }
      List<Decision> streamed = new ArrayList<>();
      List<BatchProgress> progress = new ArrayList<>();

      long decided = policy.decideFiles(files, scenario.inputs(), new DecisionSink() {
        @Override
        public void accept(Decision decision) {
          streamed.add(decision);
        }

        @Override
        public void progress(BatchProgress step) {
          progress.add(step);
        }
      });

      assertThat(streamed).isEqualTo(policy.decideAll(read, scenario.inputs()).decisions());
      assertThat(decided).isEqualTo(read.size());
      assertThat(progress).last().extracting(BatchProgress::fraction).isEqualTo(1.0);
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Provide
  Arbitrary<BatchScenarios.Scenario> scenarios() {
    return BatchScenarios.scenarios();
  }
}
