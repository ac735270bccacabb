package dev.covenant.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files pin the exact text users see for every diagnostic: {@code golden/<name>.policy} is
 * compiled and {@link CompilationResult#render()} must equal {@code <name>.expected} (plus a final
 * newline; empty when there is no diagnostic). An optional {@code <name>.limits} properties file
 * lowers {@link Limits} so that limit diagnostics need only small inputs.
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the expected files, then read every changed
 * one: a golden file must show correct behaviour, not merely current behaviour.
 */
class GoldenDiagnosticsTest {
  private static final Path GOLDEN = locate();
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String NO_DIAGNOSTICS = "no-diagnostics";

  @TestFactory
  Stream<DynamicTest> rendersEachGoldenPolicyExactlyAsExpected() {
    return policies().stream().map(policy -> DynamicTest.dynamicTest(name(policy), policy.toUri(), () -> {
      String actual = render(policy);
      Path expectedFile = sibling(policy, ".expected");
      if (UPDATE) {
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(expectedFile).as("run with -Dgolden.update=true to create it").exists();
      assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }));
  }

  @Test
  void everyDiagnosticCodeHasAGoldenFile() {
    List<String> expectedOutputs = policies().stream().map(p -> read(sibling(p, ".expected"))).toList();
    for (DiagnosticCode code : DiagnosticCode.values()) {
      String tag = "[" + code.code() + "]";
      assertThat(expectedOutputs).as("a golden file whose output contains %s", tag).anyMatch(out -> out.contains(tag));
    }
  }

  /** A file named after a code shows that code; {@code no-diagnostics*} shows nothing. */
  @Test
  void everyGoldenFileShowsTheCodeItIsNamedAfter() {
    for (Path policy : policies()) {
      String name = name(policy);
      String expected = read(sibling(policy, ".expected"));
      if (name.startsWith(NO_DIAGNOSTICS)) {
        assertThat(expected).as(name).isEmpty();
        continue;
      }
      Optional<DiagnosticCode> code = Arrays.stream(DiagnosticCode.values())
          .filter(c -> name.equals(c.code()) || name.startsWith(c.code() + "-"))
          .max(Comparator.comparingInt(c -> c.code().length()));
      assertThat(code).as("%s is named after a diagnostic code or %s", name, NO_DIAGNOSTICS).isPresent();
      assertThat(expected).as(name).contains("[" + code.get().code() + "]");
    }
  }

  @Test
  void everyExpectedFileHasItsPolicy() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      List<Path> orphans = files
          .filter(f -> f.toString().endsWith(".expected") || f.toString().endsWith(".limits"))
          .filter(f -> !Files.exists(sibling(f, ".policy")))
          .toList();
      assertThat(orphans).isEmpty();
    }
  }

  private static String render(Path policy) throws IOException {
    PolicySource source = PolicySource.of(policy.getFileName().toString(), Files.readString(policy, StandardCharsets.UTF_8));
    String rendered = PolicyCompiler.withLimits(limits(policy)).compile(source).render();
    return rendered.isEmpty() ? "" : rendered + "\n";
  }

  private static Limits limits(Path policy) throws IOException {
    Path file = sibling(policy, ".limits");
    if (!Files.exists(file)) {
      return Limits.DEFAULT;
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Limits defaults = Limits.DEFAULT;
    return new Limits(
        intProperty(properties, "maxSourceChars", defaults.maxSourceChars()),
        intProperty(properties, "maxTokens", defaults.maxTokens()),
        intProperty(properties, "maxNestingDepth", defaults.maxNestingDepth()),
        intProperty(properties, "maxRules", defaults.maxRules()),
        intProperty(properties, "maxDiagnostics", defaults.maxDiagnostics()));
  }

  private static int intProperty(Properties properties, String key, int otherwise) {
    String value = properties.getProperty(key);
    return value == null ? otherwise : Integer.parseInt(value.trim());
  }

  private static List<Path> policies() {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.filter(f -> f.toString().endsWith(".policy")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path file) {
    String fileName = file.getFileName().toString();
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }

  private static Path sibling(Path file, String extension) {
    return file.resolveSibling(name(file) + extension);
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The source directory, not the copy on the class path, so that updates land in version control. */
  private static Path locate() {
    Path fromModule = Path.of("src", "test", "resources", "golden");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("dsl").resolve(fromModule);
  }
}
