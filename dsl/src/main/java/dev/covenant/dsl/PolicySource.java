package dev.covenant.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Policy text and the name diagnostics print for it (usually the file path).
 *
 * <pre>{@code
 * PolicySource source = PolicySource.of("marketplace.policy", text);
 * }</pre>
 */
public record PolicySource(String name, String text) {

  public PolicySource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  public static PolicySource of(String name, String text) {
    return new PolicySource(name, text);
  }

  /**
   * Reads a UTF-8 policy file; its path as given becomes the name diagnostics print. A byte order
   * mark, which some editors write, is dropped.
   *
   * @throws java.nio.charset.MalformedInputException if the file is not UTF-8 text
   */
  public static PolicySource read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return new PolicySource(file.toString(), text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** The text of the 1-based {@code line}, without its line terminator; empty past the end. */
  public String line(int line) {
    int start = 0;
    for (int current = 1; current < line; current++) {
      int newline = text.indexOf('\n', start);
      if (newline < 0) {
        return "";
      }
      start = newline + 1;
    }
    int end = text.indexOf('\n', start);
    String content = end < 0 ? text.substring(start) : text.substring(start, end);
    return content.endsWith("\r") ? content.substring(0, content.length() - 1) : content;
  }
}
