package dev.covenant.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.LoadResult;
import dev.covenant.core.PolicyLoader;
import dev.covenant.core.TestResult;
import dev.covenant.dsl.Diagnostic;
import dev.covenant.dsl.PolicySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code block of every Markdown file of the repository, checked, so that the documentation
 * stays true to the code. The conventions (also in docs/README.md):
 * <ul>
 *   <li>{@code covenant}: a whole policy; it loads without errors and its tests pass. With
 *       {@code file=PATH}, it is also exactly the file at PATH (from the repository root). With
 *       {@code error=CODE}, it must report the diagnostic CODE instead.</li>
 *   <li>{@code java}: compiles, as a whole compilation unit, or as statements in a method with the
 *       library's packages imported and the variables of a {@code <!-- given: Type name -->}
 *       comment just above the block. With {@code file=PATH}, it is exactly that file.</li>
 *   <li>{@code text}, {@code console}, {@code bash}, {@code json}...: shown, not run.</li>
 *   <li>A block without a language is refused: it would escape every check.</li>
 * </ul>
 */
class DocumentationTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Set<String> SHOWN_ONLY = Set.of("text", "console", "bash", "sh", "json", "xml", "yaml",
      "properties", "diff", "html");

  @TestFactory
  Stream<DynamicTest> everyPolicyInTheDocsLoadsAndPassesItsTests() {
    return fences().filter(f -> f.language().equals("covenant"))
        .map(fence -> DynamicTest.dynamicTest(fence.where(), () -> checkPolicy(fence)));
  }

  @TestFactory
  Stream<DynamicTest> everyJavaExampleInTheDocsCompiles() {
    JavaSnippets compiler = new JavaSnippets();
    return fences().filter(f -> f.language().equals("java"))
        .map(fence -> DynamicTest.dynamicTest(fence.where(), () -> compiler.check(fence)));
  }

  @Test
  void everyCodeBlockSaysWhatItIs() {
    List<String> unlabelled = fences()
        .filter(f -> !f.language().equals("covenant") && !f.language().equals("java")
            && !SHOWN_ONLY.contains(f.language()))
        .map(f -> f.where() + " (```" + f.language() + ")").toList();

    assertThat(unlabelled).as("code blocks need a language: covenant, java, or one of " + SHOWN_ONLY).isEmpty();
  }

  @Test
  void theDocumentationIsFoundAndHasExamples() {
    assertThat(markdownFiles()).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/language.md"));
    assertThat(fences().filter(f -> f.language().equals("covenant")).count()).isPositive();
    assertThat(fences().filter(f -> f.language().equals("java")).count()).isPositive();
  }

  private static void checkPolicy(Fence fence) throws IOException {
    fence.attribute("file").ifPresent(file -> assertSameAsFile(fence, file));
    PolicySource source = PolicySource.of(fence.where(), fence.text());
    LoadResult result = PolicyLoader.create().load(source);
    if (fence.attribute("error").isPresent()) {
      String code = fence.attribute("error").get();
      assertThat(result.compilation().diagnostics()).as(fence.where() + " should report " + code)
          .extracting(d -> d.code().code()).contains(code);
      return;
    }
    if (result.hasErrors() || result.policy().isEmpty()) {
      fail(result.compilation().diagnostics().stream().map(d -> d.render(source))
          .collect(Collectors.joining("\n")));
    }
    CompiledPolicy policy = result.policy().get();
    List<String> failures = new ArrayList<>();
    for (TestResult test : policy.runTests()) {
      test.failure().ifPresent(why -> failures.add("test \"" + test.name() + "\" (line " + test.line() + "): " + why));
    }
    assertThat(failures).as(fence.where()).isEmpty();
    // Warnings in an example teach the wrong thing, unless the example is about them.
    assertThat(result.compilation().warnings()).as(fence.where() + " warnings").extracting(Diagnostic::message)
        .isEmpty();
  }

  static void assertSameAsFile(Fence fence, String file) {
    Path path = ROOT.resolve(file);
    try {
      assertThat(fence.text().strip()).as(fence.where() + " shows " + file + " as it is")
          .isEqualTo(Files.readString(path, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(fence.where() + " names " + file + ", which cannot be read", e);
    }
  }

  static Stream<Fence> fences() {
    return markdownFiles().stream().flatMap(file -> {
      try {
        return Fence.parse(ROOT.relativize(file), Files.readString(file, StandardCharsets.UTF_8)).stream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static List<Path> markdownFiles() {
    try (Stream<Path> paths = Files.walk(ROOT)) {
      return paths.filter(p -> p.toString().endsWith(".md"))
          .filter(p -> ROOT.relativize(p).toString().split("[/\\\\]").length > 0)
          .filter(p -> {
            for (Path part : ROOT.relativize(p)) {
              String name = part.toString();
              if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                return false;
              }
            }
            return true;
          })
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
