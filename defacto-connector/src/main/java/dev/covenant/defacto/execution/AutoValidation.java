package dev.covenant.defacto.execution;

/** What a loan request sends as Defacto's {@code auto_validate}. */
public enum AutoValidation {
  /** The decision's own flag, from the policy's {@code auto_validate [when ...]}. */
  AS_DECIDED,
  /** Always {@code true}: Defacto validates accepted loans without the policy's validate rules. */
  ALWAYS,
  /** Always {@code false}: every accepted loan goes through the policy's validate rules. */
  NEVER
}
