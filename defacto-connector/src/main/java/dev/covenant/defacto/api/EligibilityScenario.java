package dev.covenant.defacto.api;

/** What {@code POST /sandbox/business-eligible} makes of a business in the sandbox. */
public enum EligibilityScenario {
  /** The business is eligible again. */
  OK,
  /** The business is refused. */
  NOT_ELIGIBLE
}
