package dev.covenant.dsl;

import static dev.covenant.dsl.PolicyChecks.COMPILER;
import static dev.covenant.dsl.PolicyChecks.comments;
import static dev.covenant.dsl.PolicyChecks.formatted;
import static dev.covenant.dsl.PolicyChecks.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What fmt promises, for random policies that parse: stable, same meaning, comments kept. */
class FormatterProperties {
  private static final PolicyCompiler UNCAPPED = PolicyCompiler.withLimits(new Limits(Limits.DEFAULT.maxSourceChars(),
      Limits.DEFAULT.maxTokens(), Limits.DEFAULT.maxNestingDepth(), Limits.DEFAULT.maxRules(), Integer.MAX_VALUE));

  @Provide
  Arbitrary<String> policies() {
    return PolicyGenerators.syntacticPolicies();
  }

  @Provide
  Arbitrary<String> wellTypedPolicies() {
    return TypedPolicyGenerators.wellTypedPolicies();
  }

  @Property(tries = 200)
  void generatedPoliciesParse(@ForAll("policies") String text) {
    assertThat(Asts.parse(text)).as("tree of:%n%s", text).isPresent();
  }

  @Property(tries = 250)
  void formattingFormattedTextChangesNothing(@ForAll("policies") String text) {
    String once = formatted(text);

    assertThat(formatted(once)).as("formatting of:%n%s", text).isEqualTo(once);
  }

  @Property(tries = 250)
  void formattedTextHasTheSameTree(@ForAll("policies") String text) {
    String once = formatted(text);

    assertThat(Asts.parse(once)).as("tree of the formatted text:%n%s", once).isPresent();
    assertThat(Asts.withoutSpans(Asts.parse(once).get())).as("tree of:%n%s%nformatted as:%n%s", text, once)
        .isEqualTo(Asts.withoutSpans(Asts.parse(text).orElseThrow()));
  }

  @Property(tries = 250)
  void formattingKeepsEveryComment(@ForAll("policies") String text) {
    String once = formatted(text);

    assertThat(comments(once)).as("comments of:%n%s%nformatted as:%n%s", text, once).isEqualTo(comments(text));
  }

  @Property(tries = 200)
  void formattingKeepsWhatTheCheckerSays(@ForAll("policies") String text) {
    String once = formatted(text);

    assertThat(codes(once)).as("diagnostics of:%n%s%nformatted as:%n%s", text, once).isEqualTo(codes(text));
  }

  @Property(tries = 500)
  void wellTypedPoliciesCheckWithoutErrorsBeforeAndAfterFormatting(@ForAll("wellTypedPolicies") String text) {
    CompilationResult original = COMPILER.compile(source(text));
    assertThat(original.errors()).as("errors of the generated policy:%n%s%n%s", text, original.render()).isEmpty();

    String once = formatted(text);
    CompilationResult reformatted = COMPILER.compile(source(once));

    assertThat(reformatted.errors()).as("errors of the formatted policy:%n%s%n%s", once, reformatted.render()).isEmpty();
    assertThat(formatted(once)).isEqualTo(once);
    assertThat(Asts.withoutSpans(reformatted.policy().orElseThrow().ast()))
        .isEqualTo(Asts.withoutSpans(original.policy().orElseThrow().ast()));
    assertThat(comments(once)).isEqualTo(comments(text));
  }

  /**
   * Every diagnostic's code, sorted; messages may quote line numbers, which formatting changes.
   * Without a cap: the default one keeps the first diagnostics by position, and positions move.
   */
  private static List<String> codes(String text) {
    return UNCAPPED.compile(source(text)).diagnostics().stream()
        .map(d -> d.severity() + " " + d.code().code())
        .sorted()
        .toList();
  }
}
