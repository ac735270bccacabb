package dev.covenant.core.internal.engine;

import dev.covenant.dsl.SourceSpan;

/** The policy text of a span (spans count code points), on one line for explanations. */
final class SourceText {
  private final String text;
  /** Char index of each code point, or null when every code point is one char. */
  private final int[] charIndex;

  SourceText(String text) {
    this.text = text;
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      charIndex = null;
    } else {
      charIndex = new int[codePoints + 1];
      int at = 0;
      for (int i = 0; i < codePoints; i++) {
        charIndex[i] = at;
        at = text.offsetByCodePoints(at, 1);
      }
      charIndex[codePoints] = text.length();
    }
  }

  String of(SourceSpan span) {
    int from = charIndex == null ? span.start() : charIndex[span.start()];
    int to = charIndex == null ? span.end() : charIndex[span.end()];
    return text.substring(from, to).replaceAll("\\s+", " ").trim();
  }
}
