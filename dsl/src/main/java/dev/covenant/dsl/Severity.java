package dev.covenant.dsl;

/** How bad a diagnostic is: an error stops the policy from being used, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word diagnostics print: {@code error} or {@code warning}. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
