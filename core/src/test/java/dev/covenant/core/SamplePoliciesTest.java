package dev.covenant.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The policies shipped under samples/ compile and their own tests pass. */
class SamplePoliciesTest {
  static List<Path> samplePolicies() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "samples", "policies"))) {
      return files.filter(file -> file.toString().endsWith(".policy")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("samplePolicies")
  void testsOfTheSamplePolicyPass(Path file) throws IOException {
    LoadResult loaded = PolicyLoader.create().load(file);
    assertThat(loaded.hasErrors()).as(loaded.compilation().render()).isFalse();

    List<TestResult> results = loaded.policy().orElseThrow().runTests();

    assertThat(results).isNotEmpty();
    assertThat(results).allSatisfy(result -> assertThat(result.failure()).as(result.name()).isEmpty());
  }
}
