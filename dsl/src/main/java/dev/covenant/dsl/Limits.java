package dev.covenant.dsl;

/**
 * Resource limits the compiler enforces before and while it parses, so that no input, however
 * large or deeply nested, can exhaust the stack or the heap. Exceeding one gives a diagnostic.
 *
 * @param maxSourceChars longest accepted policy text, in characters
 * @param maxTokens most words, numbers and symbols in a policy; bounds the parser's memory
 * @param maxNestingDepth deepest nesting of parentheses, lists, records and prefix operators, and
 *     longest {@code +}/{@code -} chain; other operator chains may nest four times as deep
 * @param maxRules most rules across the {@code finance} and {@code validate} blocks
 * @param maxDiagnostics most diagnostics reported for one source; the rest are counted
 */
public record Limits(int maxSourceChars, int maxTokens, int maxNestingDepth, int maxRules, int maxDiagnostics) {

  /** 1 MiB of text, 100,000 tokens (a 1,000-rule policy has about 45,000), 64 levels of nesting, 5,000 rules, 200 diagnostics. */
  public static final Limits DEFAULT = new Limits(1 << 20, 100_000, 64, 5_000, 200);

  public Limits {
    if (maxSourceChars < 1 || maxTokens < 1 || maxNestingDepth < 1 || maxRules < 1 || maxDiagnostics < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
