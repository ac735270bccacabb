package dev.covenant.core;

import dev.covenant.dsl.PolicySource;

/** Compiles policy text in tests, failing with the diagnostics when it does not compile. */
public final class Policies {
  private Policies() {}

  public static CompiledPolicy compile(String text) {
    LoadResult result = PolicyLoader.create().load(PolicySource.of("test.policy", text));
    if (result.hasErrors()) {
      throw new AssertionError("policy does not compile:\n" + result.compilation().render());
    }
    return result.policy().orElseThrow();
  }

  /** A policy whose finance block is {@code rules}, with {@code header} lines before it. */
  static CompiledPolicy finance(String header, String rules) {
    return compile("policy \"test\" version 1\n" + header + "\nfinance {\n" + rules + "\n}\n");
  }
}
