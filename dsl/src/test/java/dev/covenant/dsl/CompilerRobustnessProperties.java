package dev.covenant.dsl;

import static dev.covenant.dsl.PolicyChecks.COMPILER;
import static dev.covenant.dsl.PolicyChecks.FORMATTER;
import static dev.covenant.dsl.PolicyChecks.assertWellFormed;
import static dev.covenant.dsl.PolicyChecks.comments;
import static dev.covenant.dsl.PolicyChecks.source;
import static dev.covenant.dsl.PolicyGenerators.pick;
import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.dsl.PolicyFormatter.FormatResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * The safety promise: whatever the text, compiling and formatting it give diagnostics or a result,
 * never an exception, and every diagnostic points into the text. Text that formats at all formats
 * stably and keeps its tree and comments, however odd it is.
 */
class CompilerRobustnessProperties {
  private static final String SAMPLE = read("samples/policies/marketplace-receivables.policy");

  /** What the lexer knows, plus what it must reject: enough to reach deep into the parser. */
  private static final List<String> TOKENS = tokens();

  @Property(tries = 1000)
  void arbitraryTextGivesOnlyDiagnostics(@ForAll @StringLength(max = 300) String text) {
    assertOnlyDiagnostics(text);
  }

  @Property(tries = 600)
  void tokenSoupGivesOnlyDiagnostics(@ForAll("tokenSoup") String text) {
    assertOnlyDiagnostics(text);
  }

  @Property(tries = 600)
  void mutatedSampleGivesOnlyDiagnostics(@ForAll("mutatedSample") String text) {
    assertOnlyDiagnostics(text);
  }

  @Property(tries = 300)
  void mutatedGeneratedPolicyGivesOnlyDiagnostics(@ForAll("mutatedGenerated") String text) {
    assertOnlyDiagnostics(text);
  }

  @Property(tries = 100)
  void deepOrLongTextGivesOnlyDiagnostics(@ForAll("deepText") String text) {
    assertOnlyDiagnostics(text);
  }

  @Property(tries = 300)
  void compilingTheSameTextTwiceSaysTheSame(@ForAll("anyText") String text) {
    String first = COMPILER.compile(source(text)).render();
    String second = PolicyCompiler.create().compile(source(text)).render();

    assertThat(second).isEqualTo(first);
  }

  private static void assertOnlyDiagnostics(String text) {
    CompilationResult result = COMPILER.compile(source(text));
    assertWellFormed(result.diagnostics(), text);
    assertThat(result.policy().isPresent()).as("a checked policy exactly when there is no error:%n%s", result.render())
        .isEqualTo(!result.hasErrors());
    assertThat(result.render()).isNotNull();

    FormatResult formatted = FORMATTER.format(source(text));
    assertWellFormed(formatted.errors(), text);
    if (formatted.formatted().isEmpty()) {
      assertThat(formatted.errors()).as("why formatting refused").isNotEmpty();
      assertThat(result.hasErrors()).as("the compiler also finds an error").isTrue();
      return;
    }
    String once = formatted.formatted().get();
    assertThat(formatted.errors()).isEmpty();
    assertThat(PolicyChecks.formatted(once)).as("formatting again:%n%s", once).isEqualTo(once);
    // The recursive comparison gets a large stack: the trees here may be thousands of levels deep.
    PolicyChecks.onLargeStack(() -> assertThat(Asts.withoutSpans(Asts.parse(once).orElseThrow()))
        .as("tree of:%n%s%nformatted as:%n%s", text, once)
        .isEqualTo(Asts.withoutSpans(Asts.parse(text).orElseThrow())));
    assertThat(comments(once)).as("comments of:%n%s%nformatted as:%n%s", text, once).isEqualTo(comments(text));
  }

  // ---------------------------------------------------------------- inputs

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200), tokenSoup(), mutatedSample(), mutatedGenerated());
  }

  @Provide
  Arbitrary<String> tokenSoup() {
    return seededText((random, size) -> {
      StringBuilder out = new StringBuilder(random.nextBoolean() ? "policy \"p\" " : "");
      int tokens = random.nextInt(size * 15 + 1);
      for (int i = 0; i < tokens; i++) {
        out.append(TOKENS.get(random.nextInt(TOKENS.size()))).append(pick(random, " ", " ", " ", "", "\n", "\t"));
      }
      return out.toString();
    });
  }

  @Provide
  Arbitrary<String> mutatedSample() {
    return seededText((random, size) -> mutate(SAMPLE, random, size));
  }

  @Provide
  Arbitrary<String> mutatedGenerated() {
    return seededText((random, size) -> {
      String policy = random.nextBoolean()
          ? PolicyGenerators.layOut(PolicyGenerators.syntacticSkeleton(random, size), random)
          : PolicyGenerators.layOut(TypedPolicyGenerators.wellTypedSkeleton(random, size), random);
      return mutate(policy, random, size);
    });
  }

  /** Nesting and chains at and far beyond the limits, where a recursive parser or printer would overflow. */
  @Provide
  Arbitrary<String> deepText() {
    return seededText((random, size) -> {
      int n = pick(random, 1, 10, 63, 64, 65, 200, 2_000, 20_000);
      String expression = switch (random.nextInt(9)) {
        case 0 -> "(".repeat(n) + "x" + ")".repeat(n);
        case 1 -> "not ".repeat(n) + "x";
        case 2 -> "-".repeat(n) + "1";
        case 3 -> "[".repeat(n) + "]".repeat(n);
        case 4 -> "x" + " + x".repeat(n);
        case 5 -> "x" + " and x".repeat(n);
        case 6 -> "x" + ".y".repeat(n);
        case 7 -> "(".repeat(n) + "x";
        default -> parenthesisedChains(Math.min(n, 64), Math.min(n, 63));
      };
      return random.nextBoolean()
          ? "policy \"p\"\nfinance {\n  rule \"r\" when " + expression + " then skip\n}\n"
          : "policy \"p\"\ntest \"t\" {\n  given invoice " + "{ a: ".repeat(Math.min(n, 500)) + expression
              + " }".repeat(Math.min(n, 500)) + "\n}\n";
    });
  }

  /** {@code (((x + x ...) + x ...) + x ...)}: every paren within the limits, the tree far deeper. */
  private static String parenthesisedChains(int parens, int terms) {
    String expression = "x";
    for (int i = 0; i < parens; i++) {
      expression = "(" + expression + " + x".repeat(terms) + ")";
    }
    return expression + " > 1";
  }

  private static Arbitrary<String> seededText(BiFunction<Random, Integer, String> maker) {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 6))
        .as((seed, size) -> maker.apply(new Random(seed), size));
  }

  /** One to a few edits: delete, duplicate, swap, insert or replace characters or tokens. */
  static String mutate(String text, Random random, int size) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(size);
    for (int i = 0; i < edits; i++) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length() + 1);
      int length = Math.min(1 + random.nextInt(8), out.length() - at);
      switch (random.nextInt(7)) {
        case 0 -> out.delete(at, at + length);
        case 1 -> out.insert(at, out.substring(at, at + length));
        case 2 -> {
          int second = Math.min(length, out.length() - at - length);
          if (second > 0) {
            String a = out.substring(at, at + length);
            String b = out.substring(at + length, at + length + second);
            out.replace(at, at + length + second, b + a);
          }
        }
        case 3 -> out.insert(at, pick(random, "{", "}", "(", ")", "[", "]", "\"", "\\", "#", ",", ":", ".", "%", "-",
            "+", "<", "=", "!", "\n", "\r", "\t", "0", "9", "_", "a", "Z", "é", "\u0000", "\uD83D\uDE00", "@", ";"));
        case 4 -> out.insert(at, pick(random, " ", "") + TOKENS.get(random.nextInt(TOKENS.size())) + pick(random, " ", ""));
        case 5 -> {
          int end = at;
          while (end < out.length() && !Character.isWhitespace(out.charAt(end))) {
            end++;
          }
          out.delete(at, end);
        }
        default -> {
          if (at < out.length()) {
            out.setCharAt(at, pick(random, '"', '#', '{', '}', '(', ')', ' ', '\n', 'x', '1', '-', '.'));
          }
        }
      }
    }
    return out.toString();
  }

  private static List<String> tokens() {
    List<String> tokens = new ArrayList<>(PolicyGenerators.KEYWORDS);
    tokens.addAll(List.of("<", "<=", ">", ">=", "==", "!=", "=", "+", "-", "%", "{", "}", "[", "]", "(", ")", ",", ":",
        ".", "0", "3", "1.5", "50_000", "12_000.50", "1__0", "1.", ".5", "99999999999999999999999", "2026-11-21",
        "2026-02-30", "0000-00-00", "9999-12-31", "\"text\"", "\"\"", "\"a\\\"b\"", "\"\\q\"", "\"open", "\"\\",
        "EUR", "GBP", "FRA", "READY", "invoice", "invoice.to_pay_amount", "invoice.due_at", "credit_line.available",
        "loan.amount", "borrower.status", "x", "minimum_ticket", "min", "max", "end_of_month", "rollout", "# comment",
        "#", "\n", "\r\n", "\r", "\t", "@", ";", "$", "&&", "é", "\u0000", "\u00a0", "\uD83D\uDE00"));
    return List.copyOf(tokens);
  }

  private static String read(String relative) {
    Path path = Path.of("..").resolve(relative);
    try {
      return Files.readString(Files.exists(path) ? path : Path.of(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
