package dev.covenant.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyCompilerTest {
  @Test
  void compilesAMinimalPolicy() {
    CompilationResult result = PolicyCompiler.create().compile(PolicySource.of("min.policy", "policy \"min\"\n"));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.policy()).isPresent();
  }
}
