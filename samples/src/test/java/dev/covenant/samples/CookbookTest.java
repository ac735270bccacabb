package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.LoadResult;
import dev.covenant.core.PolicyLoader;
import dev.covenant.core.TestResult;
import dev.covenant.dsl.Diagnostic;
import dev.covenant.dsl.PolicyFormatter;
import dev.covenant.dsl.PolicyFormatter.FormatResult;
import dev.covenant.dsl.PolicySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cookbook's policies (samples/cookbook, explained in docs/cookbook.md) are examples people
 * copy: each loads without errors or warnings, shows its key decisions in at least three tests
 * that pass, and is in the canonical format of {@code ./covenant fmt}.
 */
class CookbookTest {
  private static final Path COOKBOOK = Path.of("cookbook");
  private static final int MINIMUM_RECIPES = 8;
  private static final int MINIMUM_TESTS = 3;

  static Stream<Path> recipes() throws IOException {
    try (Stream<Path> files = Files.list(COOKBOOK)) {
      return files.filter(f -> f.toString().endsWith(".policy")).sorted().toList().stream();
    }
  }

  @Test
  void theCookbookHasAtLeastEightRecipes() throws IOException {
    assertThat(recipes().count()).isGreaterThanOrEqualTo(MINIMUM_RECIPES);
  }

  @ParameterizedTest
  @MethodSource("recipes")
  void loadsWithoutErrorsOrWarnings(Path file) throws IOException {
    LoadResult result = PolicyLoader.create().load(file);

    List<String> diagnostics = result.compilation().diagnostics().stream()
        .map(d -> d.headline(file.toString())).toList();
    assertThat(diagnostics).as("diagnostics of " + file).isEmpty();
    assertThat(result.policy()).isPresent();
  }

  @ParameterizedTest
  @MethodSource("recipes")
  void hasAtLeastThreeTestsAndAllPass(Path file) throws IOException {
    CompiledPolicy policy = PolicyLoader.create().load(file).policy().orElseThrow();

    List<TestResult> results = policy.runTests();

    assertThat(results).as("tests of " + file).hasSizeGreaterThanOrEqualTo(MINIMUM_TESTS);
    assertThat(results.stream().filter(r -> !r.passed())
        .map(r -> file + ":" + r.line() + " test \"" + r.name() + "\": " + r.failure().orElse("")))
        .as("failing tests of " + file).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("recipes")
  void isInCanonicalFormat(Path file) throws IOException {
    FormatResult result = PolicyFormatter.create().format(PolicySource.read(file));

    assertThat(result.errors()).extracting(Diagnostic::message).as("syntax errors in " + file).isEmpty();
    assertThat(result.isUnchanged()).as("samples/" + file + " is formatted (run ./covenant fmt samples/" + file + ")").isTrue();
  }
}
