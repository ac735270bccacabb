package dev.covenant.dsl;

/**
 * The stable identity of each kind of diagnostic. Codes never change meaning once published:
 * tools and documentation refer to them, and each has a golden test.
 */
public enum DiagnosticCode {
  SYNTAX("syntax", Severity.ERROR, "the text does not follow the grammar"),
  UNEXPECTED_CHARACTER("unexpected-character", Severity.ERROR, "a character the language does not use"),
  UNTERMINATED_TEXT("unterminated-text", Severity.ERROR, "a text literal without its closing quote"),
  INVALID_ESCAPE("invalid-escape", Severity.ERROR, "a backslash escape other than \\\" \\\\ \\n \\t"),
  INVALID_DATE("invalid-date", Severity.ERROR, "a date literal that is not a calendar date"),
  FILE_TOO_LARGE("file-too-large", Severity.ERROR, "the policy text exceeds the size limit"),
  NESTING_TOO_DEEP("nesting-too-deep", Severity.ERROR, "expressions nest deeper than the limit"),
  TOO_MANY_RULES("too-many-rules", Severity.ERROR, "more rules than the limit"),
  TOO_MANY_DIAGNOSTICS("too-many-diagnostics", Severity.WARNING, "further diagnostics were not reported"),
  DUPLICATE_OPTION("duplicate-option", Severity.ERROR, "a finance option given twice in one action"),
  DUPLICATE_DECLARATION("duplicate-declaration", Severity.ERROR, "a declaration that may appear once appears twice"),
  DUPLICATE_RULE("duplicate-rule", Severity.ERROR, "two rules of one block share a name"),
  DUPLICATE_LET("duplicate-let", Severity.ERROR, "two lets share a name"),
  DUPLICATE_TEST("duplicate-test", Severity.ERROR, "two tests share a name"),
  UNKNOWN_FIELD("unknown-field", Severity.ERROR, "a field that the data does not have"),
  UNKNOWN_NAME("unknown-name", Severity.ERROR, "a name that is neither a let, a field nor a value"),
  UNKNOWN_ENUM_VALUE("unknown-enum-value", Severity.ERROR, "a value outside the field's set of values"),
  UNKNOWN_CURRENCY("unknown-currency", Severity.ERROR, "a money literal whose currency is not ISO 4217"),
  UNKNOWN_FUNCTION("unknown-function", Severity.ERROR, "a call to a function the language does not have"),
  WRONG_ARGUMENT_COUNT("wrong-argument-count", Severity.ERROR, "a function called with too many or too few arguments"),
  TYPE_MISMATCH("type-mismatch", Severity.ERROR, "a value of the wrong type for where it is used"),
  CURRENCY_MISMATCH("currency-mismatch", Severity.ERROR, "amounts of two different currencies combined"),
  PERCENT_WITHOUT_OF("percent-without-of", Severity.ERROR, "a percentage used without 'of'"),
  MONEY_PRECISION("money-precision", Severity.ERROR, "an amount finer than its currency's minor unit"),
  INVALID_DURATION("invalid-duration", Severity.ERROR, "a duration that is not a whole number of days"),
  NUMBER_OUT_OF_RANGE("number-out-of-range", Severity.ERROR, "an amount or duration too large to mean anything"),
  FIELD_NOT_AVAILABLE("field-not-available", Severity.ERROR, "a field used where its data does not exist"),
  LET_BEFORE_DEFINITION("let-before-definition", Severity.ERROR, "a let used before the line that defines it"),
  UNKNOWN_TIMEZONE("unknown-timezone", Severity.ERROR, "a timezone that is not an IANA zone id"),
  INVALID_BORROWER("invalid-borrower", Severity.ERROR, "'borrower is' names something other than the seller or buyer"),
  UNKNOWN_TEST_RULE("unknown-test-rule", Severity.ERROR, "a test expects a rule that does not exist"),
  INVALID_EXPECTATION("invalid-expectation", Severity.ERROR, "a test expectation that can never be met"),
  UNUSED_LET("unused-let", Severity.WARNING, "a let that nothing uses"),
  UNREACHABLE_RULE("unreachable-rule", Severity.WARNING, "a rule that can never decide");

  private final String code;
  private final Severity severity;
  private final String summary;

  DiagnosticCode(String code, Severity severity, String summary) {
    this.code = code;
    this.severity = severity;
    this.summary = summary;
  }

  /** The stable kebab-case code printed after each message, e.g. {@code unknown-field}. */
  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** One line saying what the code means, for documentation and {@code --help}. */
  public String summary() {
    return summary;
  }
}
