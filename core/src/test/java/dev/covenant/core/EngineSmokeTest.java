package dev.covenant.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.dsl.PolicySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {
  @Test
  void samplePolicyTestsPass() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../samples/policies"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".policy")).sorted().toList()) {
        LoadResult loaded = PolicyLoader.create().load(PolicySource.read(file));
        assertThat(loaded.hasErrors()).as(loaded.compilation().render()).isFalse();
        List<TestResult> results = loaded.policy().orElseThrow().runTests();
        for (TestResult result : results) {
          System.out.println(file.getFileName() + " " + result.name() + " " + result.failure().orElse("PASS"));
        }
      }
    }
  }
}
