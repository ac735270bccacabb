package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.dsl.types.Field;
import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * Reads catalogue fields from an evaluation's inputs. A field is resolved to its accessor once,
 * when the policy is compiled; these switches then run with the field as a constant.
 */
final class Fields {
  private Fields() {}

  /** Money fields in minor units, MISSING when absent. */
  static long money(Field field, Env e) {
    switch (field) {
      case INVOICE_NET_AMOUNT: return cents(e.invoice.netAmount());
      case INVOICE_TAX_AMOUNT: return cents(e.invoice.taxAmount());
      case INVOICE_TOTAL_AMOUNT: return cents(e.invoice.totalAmount());
      case INVOICE_TO_PAY_AMOUNT: return cents(e.invoice.toPayAmount());
      case CREDIT_LINE_POOL_AMOUNT: return e.creditLine == null ? MISSING : cents(e.creditLine.poolAmount());
      case CREDIT_LINE_BALANCE_AVAILABLE: return e.creditLine == null ? MISSING : cents(e.creditLine.balanceAvailable());
      case CREDIT_LINE_BALANCE_PENDING: return e.creditLine == null ? MISSING : e.creditLine.balancePending();
      case CREDIT_LINE_BALANCE_PENDING_VALIDATION:
        return e.creditLine == null ? MISSING : e.creditLine.balancePendingValidation();
      case CREDIT_LINE_AVAILABLE: return e.available;
      case LOAN_AMOUNT: return e.loan == null ? MISSING : e.loan.amount();
      case LOAN_FEES_ESTIMATED: return e.loan == null ? MISSING : cents(e.loan.feesEstimated());
      case EXPOSURE_BUYER: return e.exposureBuyer;
      case EXPOSURE_SELLER: return e.exposureSeller;
      default: throw new IllegalArgumentException("not a money field: " + field);
    }
  }

  /** The currency of a money field's value; null when the input that holds it is absent. */
  static String currency(Field field, Env e) {
    switch (field) {
      case INVOICE_NET_AMOUNT:
      case INVOICE_TAX_AMOUNT:
      case INVOICE_TOTAL_AMOUNT:
      case INVOICE_TO_PAY_AMOUNT:
      case EXPOSURE_BUYER:
      case EXPOSURE_SELLER:
        return e.invoice == null ? null : e.invoice.currency();
      case LOAN_AMOUNT:
      case LOAN_FEES_ESTIMATED:
        return e.loan == null ? null : e.loan.currency();
      default:
        return e.creditLine == null ? null : e.creditLine.currency();
    }
  }

  /** Date fields as epoch days in the policy's timezone, MISSING when absent. */
  static long date(Field field, Env e) {
    switch (field) {
      case INVOICE_ISSUED_AT: return e.issuedDay();
      case INVOICE_DUE_AT: return e.dueDay();
      case BORROWER_SIGNED_AT: return e.borrower == null ? MISSING : e.epochDay(e.borrower.signedAt());
      case LOAN_TO_PAY_AT: return e.loan == null ? MISSING : e.epochDay(e.loan.toPayAt());
      case LOAN_TO_REPAY_AT: return e.loan == null ? MISSING : e.epochDay(e.loan.toRepayAt());
      default: throw new IllegalArgumentException("not a date field: " + field);
    }
  }

  /** Text and enum fields, null when absent. */
  static String text(Field field, String metadataKey, Env e) {
    switch (field) {
      case INVOICE_NUMBER: return e.invoice.invoiceNumber();
      case INVOICE_CURRENCY: return e.invoice.currency();
      case INVOICE_BUYER_NAME: return e.invoice.buyer().name().orElse(null);
      case INVOICE_BUYER_IDENTIFIER: return e.invoice.buyer().identifier().orElse(null);
      case INVOICE_BUYER_IDENTIFIER_TYPE: return e.invoice.buyer().identifierType().orElse(null);
      case INVOICE_BUYER_VAT_NUMBER: return e.invoice.buyer().vatNumber().orElse(null);
      case INVOICE_BUYER_COUNTRY: return e.invoice.buyer().address().country().orElse(null);
      case INVOICE_BUYER_CITY: return e.invoice.buyer().address().city().orElse(null);
      case INVOICE_BUYER_POSTAL_CODE: return e.invoice.buyer().address().postalCode().orElse(null);
      case INVOICE_SELLER_NAME: return e.invoice.seller().name().orElse(null);
      case INVOICE_SELLER_IDENTIFIER: return e.invoice.seller().identifier().orElse(null);
      case INVOICE_SELLER_IDENTIFIER_TYPE: return e.invoice.seller().identifierType().orElse(null);
      case INVOICE_SELLER_VAT_NUMBER: return e.invoice.seller().vatNumber().orElse(null);
      case INVOICE_SELLER_COUNTRY: return e.invoice.seller().address().country().orElse(null);
      case INVOICE_SELLER_CITY: return e.invoice.seller().address().city().orElse(null);
      case INVOICE_SELLER_POSTAL_CODE: return e.invoice.seller().address().postalCode().orElse(null);
      case INVOICE_TO_ACCOUNT_NUMBER: return e.invoice.toAccount().accountNumber().orElse(null);
      case INVOICE_TO_ACCOUNT_BANK: return e.invoice.toAccount().bankIdentifier().orElse(null);
      case INVOICE_METADATA: return e.invoice.metadata().get(metadataKey);
      case BORROWER_IDENTIFIER: return e.borrower == null ? null : e.borrower.identifier();
      case BORROWER_IDENTIFIER_TYPE: return e.borrower == null ? null : e.borrower.identifierType().orElse(null);
      case BORROWER_NAME: return e.borrower == null ? null : e.borrower.name().orElse(null);
      case BORROWER_STATUS: return e.borrower == null ? null : e.borrower.status().orElse(null);
      case BORROWER_LEGAL_FORM: return e.borrower == null ? null : e.borrower.legalForm().orElse(null);
      case CREDIT_LINE_CURRENCY: return e.creditLine == null ? null : e.creditLine.currency();
      case LOAN_CURRENCY: return e.loan == null ? null : e.loan.currency();
      case LOAN_STATUS: return e.loan == null ? null : e.loan.status();
      case LOAN_BORROWER_IDENTIFIER: return e.loan == null ? null : e.loan.borrowerIdentifier().orElse(null);
      default: throw new IllegalArgumentException("not a text field: " + field);
    }
  }

  static BigDecimal number(Field field, Env e) {
    if (field == Field.CREDIT_LINE_FEES_DAILY_RATE) {
      return e.creditLine == null ? null : e.creditLine.feesDailyRate().orElse(null);
    }
    throw new IllegalArgumentException("not a number field: " + field);
  }

  private static long cents(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : MISSING;
  }


}
