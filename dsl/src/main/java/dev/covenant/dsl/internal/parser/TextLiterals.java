package dev.covenant.dsl.internal.parser;

import java.util.Optional;

/** Escapes and unescapes the language's text literals: {@code \" \\ \n \t}. */
public final class TextLiterals {
  private TextLiterals() {}

  /** The value of a quoted literal, or empty when it holds an unknown escape. */
  public static Optional<String> unquote(String quoted) {
    StringBuilder value = new StringBuilder(quoted.length());
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = quoted.charAt(++i);
      switch (escaped) {
        case '"' -> value.append('"');
        case '\\' -> value.append('\\');
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(value.toString());
  }

  public static String quote(String value) {
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
