package dev.covenant.dsl.types;

import java.util.Arrays;
import java.util.Optional;

/** The inputs a policy reads: each field path starts with one of these. */
public enum Root {
  INVOICE("invoice"),
  BORROWER("borrower"),
  CREDIT_LINE("credit_line"),
  LOAN("loan"),
  EXPOSURE("exposure");

  private final String word;

  Root(String word) {
    this.word = word;
  }

  /** The name as written in a policy, e.g. {@code credit_line}. */
  public String word() {
    return word;
  }

  public static Optional<Root> byWord(String word) {
    return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst();
  }
}
