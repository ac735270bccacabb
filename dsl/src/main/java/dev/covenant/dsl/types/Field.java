package dev.covenant.dsl.types;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The field catalogue: every field a policy may read, its type, whether Defacto may leave it
 * empty, and the JSON it comes from. Names follow Defacto's JSON so a policy reads like the API docs.
 */
public enum Field {
  INVOICE_NUMBER("invoice.invoice_number", Type.TEXT, false, "invoice_creation_payload.invoice_number"),
  INVOICE_CURRENCY("invoice.currency", new Type.Enum(EnumDomain.CURRENCY), false, "invoice_creation_payload.currency (EUR when absent)"),
  INVOICE_ISSUED_AT("invoice.issued_at", Type.DATE, false, "invoice_creation_payload.issued_at (date-time, as a date in the policy's timezone)"),
  INVOICE_DUE_AT("invoice.due_at", Type.DATE, false, "invoice_creation_payload.due_at (date-time, as a date in the policy's timezone)"),
  INVOICE_NET_AMOUNT("invoice.net_amount", Type.Money.ANY_CURRENCY, true, "invoice_creation_payload.net_amount (cents)"),
  INVOICE_TAX_AMOUNT("invoice.tax_amount", Type.Money.ANY_CURRENCY, true, "invoice_creation_payload.tax_amount (cents)"),
  INVOICE_TOTAL_AMOUNT("invoice.total_amount", Type.Money.ANY_CURRENCY, false, "invoice_creation_payload.total_amount (cents)"),
  INVOICE_TO_PAY_AMOUNT("invoice.to_pay_amount", Type.Money.ANY_CURRENCY, true, "invoice_creation_payload.to_pay_amount (cents)"),
  INVOICE_BUYER_NAME("invoice.buyer.name", Type.TEXT, true, "invoice_creation_payload.buyer.name"),
  INVOICE_BUYER_IDENTIFIER("invoice.buyer.identifier", Type.TEXT, true, "invoice_creation_payload.buyer.identifier"),
  INVOICE_BUYER_IDENTIFIER_TYPE("invoice.buyer.identifier_type", new Type.Enum(EnumDomain.IDENTIFIER_TYPE), true, "invoice_creation_payload.buyer.identifier_type"),
  INVOICE_BUYER_VAT_NUMBER("invoice.buyer.vat_number", Type.TEXT, true, "invoice_creation_payload.buyer.vat_number"),
  INVOICE_BUYER_COUNTRY("invoice.buyer.address.country", new Type.Enum(EnumDomain.COUNTRY), true, "invoice_creation_payload.buyer.address.country"),
  INVOICE_BUYER_CITY("invoice.buyer.address.city", Type.TEXT, true, "invoice_creation_payload.buyer.address.city"),
  INVOICE_BUYER_POSTAL_CODE("invoice.buyer.address.postal_code", Type.TEXT, true, "invoice_creation_payload.buyer.address.postal_code"),
  INVOICE_SELLER_NAME("invoice.seller.name", Type.TEXT, true, "invoice_creation_payload.seller.name"),
  INVOICE_SELLER_IDENTIFIER("invoice.seller.identifier", Type.TEXT, true, "invoice_creation_payload.seller.identifier"),
  INVOICE_SELLER_IDENTIFIER_TYPE("invoice.seller.identifier_type", new Type.Enum(EnumDomain.IDENTIFIER_TYPE), true, "invoice_creation_payload.seller.identifier_type"),
  INVOICE_SELLER_VAT_NUMBER("invoice.seller.vat_number", Type.TEXT, true, "invoice_creation_payload.seller.vat_number"),
  INVOICE_SELLER_COUNTRY("invoice.seller.address.country", new Type.Enum(EnumDomain.COUNTRY), true, "invoice_creation_payload.seller.address.country"),
  INVOICE_SELLER_CITY("invoice.seller.address.city", Type.TEXT, true, "invoice_creation_payload.seller.address.city"),
  INVOICE_SELLER_POSTAL_CODE("invoice.seller.address.postal_code", Type.TEXT, true, "invoice_creation_payload.seller.address.postal_code"),
  INVOICE_TO_ACCOUNT_NUMBER("invoice.to_account.account_number", Type.TEXT, true, "invoice_creation_payload.to_account.account_number"),
  INVOICE_TO_ACCOUNT_BANK("invoice.to_account.bank_identifier", Type.TEXT, true, "invoice_creation_payload.to_account.bank_identifier"),
  /** {@code invoice.metadata.<key>}: any key of the invoice's metadata object, as text. */
  INVOICE_METADATA("invoice.metadata", Type.TEXT, true, "invoice_creation_payload.metadata.<key>"),

  BORROWER_IDENTIFIER("borrower.identifier", Type.TEXT, false, "GET /borrowers item identifier"),
  BORROWER_IDENTIFIER_TYPE("borrower.identifier_type", new Type.Enum(EnumDomain.IDENTIFIER_TYPE), true, "GET /borrowers item identifier_type"),
  BORROWER_NAME("borrower.name", Type.TEXT, true, "GET /borrowers item name"),
  BORROWER_STATUS("borrower.status", new Type.Enum(EnumDomain.BORROWER_STATUS), true, "GET /borrowers item status"),
  BORROWER_LEGAL_FORM("borrower.legal_form", Type.TEXT, true, "GET /borrowers item legal_form"),
  BORROWER_SIGNED_AT("borrower.signed_at", Type.DATE, true, "GET /borrowers item signed_at (date-time)"),

  CREDIT_LINE_POOL_AMOUNT("credit_line.pool_amount", Type.Money.ANY_CURRENCY, true, "GET /credit_lines item pool_amount (cents)"),
  CREDIT_LINE_BALANCE_AVAILABLE("credit_line.balance_available", Type.Money.ANY_CURRENCY, true, "GET /credit_lines item balance_available (cents)"),
  CREDIT_LINE_BALANCE_PENDING("credit_line.balance_pending", Type.Money.ANY_CURRENCY, false, "GET /credit_lines item balance_pending (cents)"),
  CREDIT_LINE_BALANCE_PENDING_VALIDATION("credit_line.balance_pending_validation", Type.Money.ANY_CURRENCY, false, "GET /credit_lines item balance_pending_validation (cents)"),
  CREDIT_LINE_CURRENCY("credit_line.currency", new Type.Enum(EnumDomain.CURRENCY), false, "GET /credit_lines item currency"),
  CREDIT_LINE_FEES_DAILY_RATE("credit_line.fees_daily_rate", Type.NUMBER, true, "GET /credit_lines item fees_daily_rate"),
  /** What is still free for this decision: balance_available minus the reserve minus what the batch already planned. */
  CREDIT_LINE_AVAILABLE("credit_line.available", Type.Money.ANY_CURRENCY, true, "computed: balance_available, minus the reserve, minus what the batch already planned"),

  LOAN_AMOUNT("loan.amount", Type.Money.ANY_CURRENCY, false, "LoanAPI amount (cents)"),
  LOAN_CURRENCY("loan.currency", new Type.Enum(EnumDomain.CURRENCY), false, "LoanAPI currency"),
  LOAN_FEES_ESTIMATED("loan.fees_estimated", Type.Money.ANY_CURRENCY, true, "LoanAPI fees_estimated (cents)"),
  LOAN_TO_PAY_AT("loan.to_pay_at", Type.DATE, true, "LoanAPI to_pay_at (date-time)"),
  LOAN_TO_REPAY_AT("loan.to_repay_at", Type.DATE, true, "LoanAPI to_repay_at (date-time)"),
  LOAN_STATUS("loan.status", new Type.Enum(EnumDomain.LOAN_STATUS), false, "LoanAPI status"),
  LOAN_BORROWER_IDENTIFIER("loan.borrower.identifier", Type.TEXT, true, "LoanAPI borrower.identifier"),

  EXPOSURE_BUYER("exposure.buyer", Type.Money.ANY_CURRENCY, false, "financed earlier in the batch to the same buyer, plus outstanding exposure supplied by the caller"),
  EXPOSURE_SELLER("exposure.seller", Type.Money.ANY_CURRENCY, false, "financed earlier in the batch to the same seller, plus outstanding exposure supplied by the caller");

  private static final Map<String, Field> BY_PATH =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Field::path, Function.identity()));

  private final String path;
  private final Type type;
  private final boolean nullable;
  private final String source;

  Field(String path, Type type, boolean nullable, String source) {
    this.path = path;
    this.type = type;
    this.nullable = nullable;
    this.source = source;
  }

  /** The dotted name written in a policy, e.g. {@code invoice.due_at}. */
  public String path() {
    return path;
  }

  public Type type() {
    return type;
  }

  /** True when Defacto's payloads may omit the value, so conditions on it may see it missing. */
  public boolean nullable() {
    return nullable;
  }

  /** Where the value comes from in Defacto's JSON. */
  public String source() {
    return source;
  }

  public Root root() {
    return Root.byWord(path.substring(0, path.indexOf('.'))).orElseThrow();
  }

  /** True for {@code invoice.metadata}, which takes one more segment: the key. */
  public boolean takesKey() {
    return this == INVOICE_METADATA;
  }

  public static Optional<Field> byPath(String path) {
    return Optional.ofNullable(BY_PATH.get(path));
  }
}
