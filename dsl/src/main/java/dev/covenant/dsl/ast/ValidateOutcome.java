package dev.covenant.dsl.ast;

/** What a validate rule does with a proposed loan. */
public enum ValidateOutcome {
  /** Accept the proposed conditions: {@code POST /loan/{id}/validate}. */
  VALIDATE,
  /** Refuse them: {@code POST /loan/{id}/cancel}. */
  CANCEL,
  /** Leave the loan for a person to decide. */
  HOLD;

  /** The keyword as written in a policy. */
  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
