package dev.covenant.defacto.internal.http;

import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.BorrowerRequest;
import dev.covenant.defacto.api.GeneratedInvoice;
import dev.covenant.defacto.api.InvoiceGeneration;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanEvent;
import dev.covenant.defacto.api.LoanRequest;
import dev.covenant.defacto.api.Payment;
import dev.covenant.defacto.api.SignatureRequest;
import dev.covenant.defacto.api.Webhook;
import dev.covenant.defacto.api.WebhookRequest;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The Feign view of Defacto's paths. Path variables are named as in Defacto's specification, so
 * that {@link Operation} names read like its documentation. Each method's name is an
 * {@link Operation} constant's, which is how errors name the call.
 */
@Headers("Accept: application/json")
interface DefactoApi {
  @RequestLine("GET /hello")
  @Headers("Accept: text/plain, application/json")
  String hello();

  @RequestLine("GET /sandbox/business-generator")
  BorrowerRequest generateBusiness(@QueryMap Map<String, Object> query);

  @RequestLine("POST /borrowers")
  @Headers("Content-Type: application/json")
  BorrowerProfile createBorrower(BorrowerRequest borrower);

  @RequestLine("GET /borrower/{borrower_id}")
  BorrowerProfile borrower(@Param("borrower_id") String borrowerId);

  @RequestLine("GET /borrowers")
  WirePage<BorrowerProfile> borrowers(@QueryMap Map<String, Object> query);

  @RequestLine("POST /borrower/{borrower_id}/sign")
  @Headers("Content-Type: application/json")
  BorrowerProfile signBorrower(@Param("borrower_id") String borrowerId, SignatureRequest signature);

  @RequestLine("POST /sandbox/invoice-generator")
  @Headers("Content-Type: application/json")
  GeneratedInvoice generateInvoice(InvoiceGeneration generation);

  @RequestLine("GET /sandbox/iban-generator")
  WireIban generateIban(@QueryMap Map<String, Object> query);

  @RequestLine("POST /sandbox/business-eligible")
  @Headers("Content-Type: application/json")
  void setBusinessEligibility(WireEligibility eligibility);

  @RequestLine("POST /loans")
  @Headers("Content-Type: application/json")
  Loan createLoan(LoanRequest request);

  @RequestLine("GET /loan/{loan_id}")
  Loan loan(@Param("loan_id") String loanId);

  @RequestLine("GET /loans")
  WirePage<Loan> loans(@QueryMap Map<String, Object> query);

  @RequestLine("POST /loan/{loan_id}/validate")
  Loan validateLoan(@Param("loan_id") String loanId);

  @RequestLine("POST /loan/{loan_id}/cancel")
  Loan cancelLoan(@Param("loan_id") String loanId);

  @RequestLine("GET /payments")
  WirePage<Payment> payments(@QueryMap Map<String, Object> query);

  @RequestLine("GET /loan/{loan_id}/events")
  WirePage<LoanEvent> loanEvents(@Param("loan_id") String loanId, @QueryMap Map<String, Object> query);

  @RequestLine("GET /credit_lines")
  WirePage<WireCreditLine> creditLines(@QueryMap Map<String, Object> query);

  @RequestLine("POST /webhooks")
  @Headers("Content-Type: application/json")
  Webhook createWebhook(WebhookRequest webhook);

  @RequestLine("GET /webhooks")
  WirePage<Webhook> webhooks(@QueryMap Map<String, Object> query);

  @RequestLine("DELETE /webhook/{webhook_id}")
  void deleteWebhook(@Param("webhook_id") String webhookId);
}
