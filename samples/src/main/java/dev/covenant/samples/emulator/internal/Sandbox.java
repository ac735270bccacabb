package dev.covenant.samples.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.samples.emulator.EmulatedLoan;
import dev.covenant.samples.emulator.Timeline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The sandbox's state and what each route does to it. Every method is called with the sandbox's
 * lock held (see {@link EmulatorServer}): it is short, touches memory only, and never calls out.
 * Effects that call out (webhooks, the loan-created listener) are queued and drained after.
 */
final class Sandbox {
  /** Defacto's fees for a new credit line, per day of the loan: 0.025 %, so 0.75 % for 30 days. */
  static final BigDecimal DEFAULT_DAILY_RATE = new BigDecimal("0.00025");
  private static final String DEFACTO_BANK = "30004";

  private final Clock clock;
  private final Timeline timeline;
  private final long creditLinePool;

  private final Map<String, Borrowers.Borrower> borrowersById = new LinkedHashMap<>();
  private final Map<String, Borrowers.Borrower> borrowersByIdentifier = new HashMap<>();
  private final Map<String, Borrowers.CreditLine> creditLines = new LinkedHashMap<>();
  private final Set<String> notEligible = new HashSet<>();
  private final List<LoanRecord> loans = new ArrayList<>();
  private final Map<String, LoanRecord> loansById = new HashMap<>();
  private final Map<String, LoanRecord> loansBySalt = new HashMap<>();
  private final Map<String, List<LoanRecord>> loansByInvoice = new HashMap<>();
  private final Map<String, List<LoanRecord>> loansByBorrower = new HashMap<>();
  private final Map<String, ObjectNode> webhooks = new LinkedHashMap<>();

  private final List<LoanRecord.Transition> transitions = new ArrayList<>();
  private final List<EmulatedLoan> created = new ArrayList<>();
  private long serial;

  Sandbox(Clock clock, Timeline timeline, long creditLinePool) {
    this.clock = clock;
    this.timeline = timeline;
    this.creditLinePool = creditLinePool;
  }

  /** Moves every loan to where the clock says it is; called before every request. */
  void advanceAll() {
    Instant now = clock.instant();
    Consumer<LoanRecord.Transition> sink = this::transitioned;
    for (LoanRecord loan : loans) {
      loan.advance(now, timeline, sink);
    }
  }

  private void transitioned(LoanRecord.Transition transition) {
    if (!webhooks.isEmpty()) {
      transitions.add(transition);
    }
  }

  /** The transitions since the last call, each with the loan's state at that step, for webhooks. */
  List<Notification> drainNotifications() {
    List<Notification> due = new ArrayList<>();
    for (LoanRecord.Transition transition : transitions) {
      String eventType = "Loan." + transition.status();
      List<String> urls = new ArrayList<>();
      for (ObjectNode hook : webhooks.values()) {
        for (JsonNode type : hook.path("event_types")) {
          if (type.asText().equals(eventType)) {
            urls.add(hook.path("to_url").asText());
          }
        }
      }
      if (urls.isEmpty()) {
        continue;
      }
      ObjectNode body = Json.object();
      body.put("id", UUID.randomUUID().toString());
      body.put("event_type", eventType);
      body.put("entity_type", "loan");
      body.put("status", transition.status());
      body.put("transition_name", transition.name());
      body.put("timestamp", Json.time(transition.at()));
      ObjectNode state = transition.loan().json(true);
      // The loan may have moved on within the same request: the notification shows this step.
      state.put("status", transition.status());
      body.set("entity_state", state);
      due.add(new Notification(List.copyOf(urls), Json.bytes(body)));
    }
    transitions.clear();
    return due;
  }

  /** A webhook delivery to make: the same body to every subscribed URL. */
  record Notification(List<String> urls, byte[] body) {}

  List<EmulatedLoan> drainCreated() {
    List<EmulatedLoan> due = List.copyOf(created);
    created.clear();
    return due;
  }

  List<EmulatedLoan> snapshot() {
    return loans.stream().map(LoanRecord::snapshot).toList();
  }

  private long next() {
    return ++serial;
  }

  private Instant now() {
    return clock.instant();
  }

  // ---- borrowers ----

  ObjectNode generateBusiness(Query query) {
    long n = next();
    String country = query.first("country").filter(c -> !c.isBlank()).orElse("FRA").toUpperCase(Locale.ROOT);
    String siren = siren(n);
    ObjectNode business = Json.object();
    business.put("identifier", siren);
    business.put("identifier_type", "siren");
    business.put("name", "Emulated Business " + n + " SAS");
    business.put("legal_form", "SAS");
    business.put("vat_number", "FR" + String.format(Locale.ROOT, "%02d", (12 + 3 * (Long.parseLong(siren) % 97)) % 97)
        + siren);
    business.put("account_number", Scenario.SUCCESS.iban(n));
    business.put("preferred_language", "fr");
    ObjectNode address = business.putObject("address");
    address.put("address_line_1", n + " rue de l'Emulateur");
    address.put("city", "Paris");
    address.put("postal_code", "75002");
    address.put("country", country);
    business.putNull("signed_at");
    return business;
  }

  /** A 9-digit number that passes the SIREN's Luhn check, distinct for each {@code n}. */
  static String siren(long n) {
    String base = String.format(Locale.ROOT, "%08d", 10_000_000 + Math.floorMod(n * 7_919, 89_999_999));
    for (int check = 0; check <= 9; check++) {
      String candidate = base + check;
      if (luhn(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no Luhn digit for " + base);
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  /**
   * {@code POST /borrowers}. Re-posting a known identifier answers the borrower already
   * registered (our assumption of Defacto's behaviour: a business identifier is one borrower).
   */
  ObjectNode createBorrower(ObjectNode body) {
    Optional<String> identifier = Json.text(body, "identifier");
    if (identifier.isEmpty()) {
      throw fieldErrors("Invalid borrower", Map.of("identifier", List.of("Missing data for required field.")));
    }
    Borrowers.Borrower existing = borrowersByIdentifier.get(identifier.get());
    if (existing != null) {
      return existing.json.deepCopy();
    }
    ObjectNode json = body.deepCopy();
    json.remove(List.of("signed_at", "wait_for_ready", "account_number"));
    String id = UUID.randomUUID().toString();
    json.put("id", id);
    json.put("status", "TO_SIGN");
    json.putNull("signed_at");
    json.putNull("status_reason");
    json.putNull("contract_id");
    json.set("next_actions", Json.array());
    Borrowers.Borrower borrower = new Borrowers.Borrower(id, identifier.get(), json);
    borrowersById.put(id, borrower);
    borrowersByIdentifier.put(identifier.get(), borrower);
    Optional<String> signedAt = Json.text(body, "signed_at");
    if (signedAt.isPresent()) {
      sign(borrower, signedAt.get());
    }
    return json.deepCopy();
  }

  private void sign(Borrowers.Borrower borrower, String signedAt) {
    parseTime(signedAt).orElseThrow(() -> fieldErrors("Invalid signature",
        Map.of("signed_at", List.of("Not a valid datetime."))));
    borrower.json.put("signed_at", signedAt);
    borrower.json.put("status", "READY");
    borrower.json.put("contract_id", UUID.randomUUID().toString());
    creditLines.computeIfAbsent(borrower.identifier, identifier -> newCreditLine(borrower));
  }

  private Borrowers.CreditLine newCreditLine(Borrowers.Borrower borrower) {
    ObjectNode json = Json.object();
    json.put("id", UUID.randomUUID().toString());
    ObjectNode defaultBorrower = json.putObject("default_borrower");
    defaultBorrower.put("identifier", borrower.identifier);
    borrower.name().ifPresent(name -> defaultBorrower.put("name", name));
    json.put("currency", "EUR");
    json.put("fees_daily_rate", DEFAULT_DAILY_RATE);
    json.put("fees_interest_daily_rate", new BigDecimal("0.0002"));
    json.put("fees_operating_daily_rate", new BigDecimal("0.00005"));
    json.put("distribution", "DIRECT");
    json.put("loan_contract_type", "TRADE_RECEIVABLE");
    json.put("default_repayment_method", "SCT");
    json.put("start_date", Json.time(now()));
    return new Borrowers.CreditLine(borrower.identifier, json, creditLinePool, 0, 0, 0, DEFAULT_DAILY_RATE);
  }

  ObjectNode borrower(String id) {
    return borrowerById(id).json.deepCopy();
  }

  private Borrowers.Borrower borrowerById(String id) {
    Borrowers.Borrower borrower = borrowersById.get(id);
    if (borrower == null) {
      throw HttpProblem.notFound("Borrower " + id);
    }
    return borrower;
  }

  ObjectNode borrowers(Query query) {
    List<String> identifiers = query.all("borrower_identifier");
    List<String> ids = query.all("borrower_id");
    List<ObjectNode> items = new ArrayList<>();
    for (Borrowers.Borrower borrower : borrowersById.values()) {
      if ((identifiers.isEmpty() || identifiers.contains(borrower.identifier))
          && (ids.isEmpty() || ids.contains(borrower.id))) {
        items.add(borrower.json.deepCopy());
      }
    }
    return Pages.page(items, query);
  }

  ObjectNode signBorrower(String id, ObjectNode body) {
    Borrowers.Borrower borrower = borrowerById(id);
    Optional<String> signedAt = Json.text(body, "signed_at");
    if (signedAt.isEmpty()) {
      throw fieldErrors("Invalid signature", Map.of("signed_at", List.of("Missing data for required field.")));
    }
    sign(borrower, signedAt.get());
    return borrower.json.deepCopy();
  }

  // ---- sandbox generators ----

  ObjectNode generateInvoice(ObjectNode body) {
    Scenario scenario = scenario(Json.text(body, "scenario"), "scenario");
    long n = next();
    Instant now = now();
    String number = String.format(Locale.ROOT, "EMU-INV-%06d", n);
    ObjectNode invoice = Json.object();
    invoice.put("invoice_number", number);
    invoice.put("issued_at", Json.time(now.minus(Duration.ofDays(2))));
    invoice.put("due_at", Json.time(now.plus(Duration.ofDays(30))));
    invoice.putNull("invoice_type");
    invoice.put("is_draft", false);
    invoice.set("buyer", party(body.path("buyer"), "Emulated Buyer " + n, n * 2));
    invoice.set("seller", party(body.path("seller"), "Emulated Seller " + n, n * 2 + 1));
    ObjectNode toAccount = invoice.putObject("to_account");
    toAccount.put("account_number", scenario.iban(n));
    toAccount.put("bank_identifier", Scenario.BIC);
    // 1,000 to 20,000 EUR, varied but the same for the same counter: the emulator is reproducible.
    long net = 100_000 + Math.floorMod(n * 7_919_00L, 1_600_000L);
    long tax = BigDecimal.valueOf(net).multiply(new BigDecimal("0.20")).setScale(0, RoundingMode.HALF_UP).longValueExact();
    invoice.put("net_amount", net);
    invoice.put("tax_amount", tax);
    invoice.put("to_pay_amount", net + tax);
    invoice.put("total_amount", net + tax);
    invoice.put("currency", "EUR");
    ObjectNode metadata = invoice.putObject("metadata");
    metadata.put("created_with", "Covenant's Defacto sandbox emulator");
    metadata.put("scenario_name", scenario.name());
    String pdf = "%PDF-1.4\n% Emulated invoice " + number + " (" + scenario.name() + ")\n%%EOF\n";
    invoice.put("document", Base64.getEncoder().encodeToString(pdf.getBytes(StandardCharsets.US_ASCII)));
    ObjectNode answer = Json.object();
    answer.put("pdf_download_url", "https://emulator.invalid/invoices/" + number + ".pdf");
    answer.set("invoice_creation_payload", invoice);
    return answer;
  }

  private ObjectNode party(JsonNode given, String name, long n) {
    ObjectNode party = given.isObject() ? ((ObjectNode) given).deepCopy() : Json.object();
    if (Json.text(party, "name").isEmpty()) {
      party.put("name", name);
    }
    if (Json.text(party, "identifier").isEmpty()) {
      party.put("identifier", siren(n + 500_000));
    }
    return party;
  }

  ObjectNode generateIban(Query query) {
    Scenario scenario = scenario(query.first("scenario"), "scenario");
    return Json.object().put("iban", scenario.iban(next()));
  }

  private static Scenario scenario(Optional<String> name, String field) {
    if (name.isEmpty() || name.get().isBlank()) {
      return Scenario.SUCCESS;
    }
    return Scenario.named(name.get()).orElseThrow(() -> fieldErrors("Invalid scenario", Map.of(field,
        List.of("Must be one of: SUCCESS, SUCCESS_ONE_DAY_LATER, FAIL, REJECT, CANCEL."))));
  }

  void setEligibility(ObjectNode body) {
    Optional<String> identifier = Json.text(body.path("business_identifier"), "identifier");
    Optional<String> scenario = Json.text(body, "scenario");
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (identifier.isEmpty()) {
      errors.put("business_identifier.identifier", List.of("Missing data for required field."));
    }
    if (scenario.isEmpty() || !(scenario.get().equals("OK") || scenario.get().equals("NOT_ELIGIBLE"))) {
      errors.put("scenario", List.of("Must be one of: NOT_ELIGIBLE, OK."));
    }
    if (!errors.isEmpty()) {
      throw fieldErrors("Invalid eligibility request", errors);
    }
    if (scenario.get().equals("NOT_ELIGIBLE")) {
      notEligible.add(identifier.get());
    } else {
      notEligible.remove(identifier.get());
    }
  }

  // ---- loans ----

  /** The answer to {@code POST /loans}: the loan's JSON, and whether it is a new one. */
  record Created(ObjectNode json, boolean isNew) {}

  Created createLoan(ObjectNode body, Instant now) {
    LoanRequestCheck request = LoanRequestCheck.check(body, borrowersByIdentifier);
    if (request.saltId().isPresent()) {
      LoanRecord first = loansBySalt.get(request.saltId().get());
      if (first != null) {
        return new Created(first.json(false), false);
      }
    }
    Borrowers.Borrower borrower = request.borrower();
    Optional<Borrowers.CreditLine> line = Optional.ofNullable(creditLines.get(borrower.identifier));
    String invoiceKey = request.sellerIdentifier() + "\u0000" + request.invoiceNumber();
    Optional<String> denial = denial(request, borrower, line, invoiceKey);
    String currency = request.currency().or(() -> line.map(Borrowers.CreditLine::currency)).orElse("EUR");
    BigDecimal rate = line.map(l -> l.dailyRate).orElse(DEFAULT_DAILY_RATE);
    long days = Math.max(1, ChronoUnit.DAYS.between(request.toPayAt(), request.toRepayAt()));
    // Fees: amount x daily rate x days, rounded half up to the cent; money never goes through double.
    long fees = BigDecimal.valueOf(request.amount()).multiply(rate).multiply(BigDecimal.valueOf(days))
        .setScale(0, RoundingMode.HALF_UP).longValueExact();
    long n = next();
    String id = UUID.randomUUID().toString();
    ObjectNode loanTo = Json.object();
    loanTo.put("account_number", request.accountNumber());
    loanTo.put("account_number_type", "iban");
    loanTo.put("bank_identifier", request.bankIdentifier().orElse(Scenario.BIC));
    loanTo.put("bank_identifier_type", "bic");
    ObjectNode defactoAccount = Json.object()
        .put("account_number", Scenario.frenchIban(DEFACTO_BANK, "00001", String.format(Locale.ROOT, "%011d", n)))
        .put("account_number_type", "iban").put("bank_identifier", "BNPAFRPP").put("bank_identifier_type", "bic");
    ObjectNode loanFrom = Json.object()
        .put("account_number", Scenario.frenchIban(DEFACTO_BANK, "00002", "00000000001"))
        .put("account_number_type", "iban").put("bank_identifier", "BNPAFRPP").put("bank_identifier_type", "bic");
    Instant decisionAt = request.waitForValidation() ? now : now.plus(timeline.decision());
    LoanRecord loan = new LoanRecord(id, request.saltId(), request.invoiceNumber(), request.sellerIdentifier(),
        borrower, request.beneficiary(), request.amount(), currency, loanTo, request.toPayAtText(),
        request.toRepayAtText(), now, decisionAt, request.autoValidate(), Scenario.of(request.accountNumber()),
        request.metadata(), List.of(UUID.randomUUID().toString()), fees, denial, defactoAccount, loanFrom);
    loans.add(loan);
    loansById.put(id, loan);
    request.saltId().ifPresent(salt -> loansBySalt.put(salt, loan));
    loansByInvoice.computeIfAbsent(invoiceKey, k -> new ArrayList<>()).add(loan);
    loansByBorrower.computeIfAbsent(borrower.identifier, k -> new ArrayList<>()).add(loan);
    ObjectNode event = Json.object().put("entity_type", "loan").put("status", "PENDING_VALIDATION")
        .put("timestamp", Json.time(now)).put("transition_name", "submit");
    event.set("payload", Json.object().put("id", id).put("amount", loan.amount).put("currency", currency));
    loan.events.add(event);
    transitioned(new LoanRecord.Transition(loan, "PENDING_VALIDATION", now, "submit"));
    loan.advance(now, timeline, this::transitioned);
    created.add(loan.snapshot());
    return new Created(loan.json(false), true);
  }

  private Optional<String> denial(LoanRequestCheck request, Borrowers.Borrower borrower,
      Optional<Borrowers.CreditLine> line, String invoiceKey) {
    for (LoanRecord earlier : loansByInvoice.getOrDefault(invoiceKey, List.of())) {
      if (!earlier.status.equals("DECLINED") && !earlier.status.equals("CANCELED")) {
        return Optional.of("INVOICE_ALREADY_FINANCED");
      }
    }
    if (borrower.status().equals("TO_SIGN")) {
      return Optional.of("BORROWER_TO_SIGN");
    }
    if (!borrower.status().equals("READY") || line.isEmpty()) {
      return Optional.of("BORROWER_STATUS");
    }
    if (notEligible.contains(borrower.identifier)) {
      return Optional.of("CREDIT_RISK_NOT_ELIGIBLE");
    }
    if (request.buyerIdentifier().filter(notEligible::contains).isPresent()) {
      return Optional.of("CREDIT_RISK_NOT_ELIGIBLE_COUNTERPARTY");
    }
    if (request.amount() > available(line.get())) {
      return Optional.of("AMOUNT_SUPERIOR_TO_AVAILABLE_BALANCE");
    }
    if (Scenario.of(request.accountNumber()) == Scenario.REJECT) {
      return Optional.of("DOES_NOT_MATCH_ELIGIBILITY_CRITERIA");
    }
    return Optional.empty();
  }

  ObjectNode loan(String id) {
    return loanById(id).json(false);
  }

  private LoanRecord loanById(String id) {
    LoanRecord loan = loansById.get(id);
    if (loan == null) {
      throw HttpProblem.notFound("Loan " + id);
    }
    return loan;
  }

  ObjectNode loans(Query query) {
    List<String> statuses = query.all("status");
    List<String> borrowers = query.all("borrower");
    List<String> ids = query.all("id");
    List<ObjectNode> items = new ArrayList<>();
    for (LoanRecord loan : loans) {
      if ((statuses.isEmpty() || statuses.contains(loan.status))
          && (borrowers.isEmpty() || borrowers.contains(loan.borrower.identifier) || borrowers.contains(loan.borrower.id))
          && (ids.isEmpty() || ids.contains(loan.id))) {
        items.add(loan.json(true));
      }
    }
    return Pages.page(items, query);
  }

  ObjectNode validateLoan(String id) {
    LoanRecord loan = loanById(id);
    loan.validate(now(), this::transitioned);
    loan.advance(now(), timeline, this::transitioned);
    return loan.json(false);
  }

  ObjectNode cancelLoan(String id) {
    LoanRecord loan = loanById(id);
    loan.cancel(now(), this::transitioned);
    return loan.json(false);
  }

  ObjectNode payments(Query query) {
    List<String> loanIds = query.all("loan_id");
    List<String> statuses = query.all("status");
    List<ObjectNode> items = new ArrayList<>();
    for (LoanRecord loan : loans) {
      if (!loanIds.isEmpty() && !loanIds.contains(loan.id)) {
        continue;
      }
      for (PaymentRecord payment : loan.payments) {
        if (statuses.isEmpty() || statuses.contains(payment.status)) {
          items.add(payment.json());
        }
      }
    }
    return Pages.page(items, query);
  }

  ObjectNode loanEvents(String id, Query query) {
    LoanRecord loan = loanById(id);
    return Pages.page(loan.events.stream().map(ObjectNode::deepCopy).toList(), query);
  }

  // ---- credit lines ----

  ObjectNode creditLines(Query query) {
    List<String> borrowers = query.all("borrower");
    List<String> ids = query.all("id");
    List<ObjectNode> items = new ArrayList<>();
    for (Borrowers.CreditLine line : creditLines.values()) {
      if ((borrowers.isEmpty() || borrowers.contains(line.borrowerIdentifier))
          && (ids.isEmpty() || ids.contains(line.json.path("id").asText()))) {
        items.add(creditLineJson(line));
      }
    }
    return Pages.page(items, query);
  }

  private ObjectNode creditLineJson(Borrowers.CreditLine line) {
    long pending = line.outsidePending;
    long pendingValidation = line.outsidePendingValidation;
    for (LoanRecord loan : loansByBorrower.getOrDefault(line.borrowerIdentifier, List.of())) {
      if (loan.isPending()) {
        pending += loan.amount;
      } else if (loan.isPendingValidation()) {
        pendingValidation += loan.amount;
      }
    }
    ObjectNode json = line.json.deepCopy();
    json.put("pool_amount", line.pool);
    json.put("balance_available", available(line));
    json.put("balance_pending", pending);
    json.put("balance_pending_validation", pendingValidation);
    return json;
  }

  private long available(Borrowers.CreditLine line) {
    long held = 0;
    for (LoanRecord loan : loansByBorrower.getOrDefault(line.borrowerIdentifier, List.of())) {
      if (loan.holdsCredit()) {
        held += loan.amount;
      }
    }
    return line.pool - line.outsideOutstanding - held;
  }

  // ---- webhooks ----

  ObjectNode createWebhook(ObjectNode body) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (String field : List.of("name", "to_url")) {
      if (Json.text(body, field).isEmpty()) {
        errors.put(field, List.of("Missing data for required field."));
      }
    }
    if (!body.path("event_types").isArray() || body.path("event_types").isEmpty()) {
      errors.put("event_types", List.of("Missing data for required field."));
    }
    if (!errors.isEmpty()) {
      throw fieldErrors("Invalid webhook", errors);
    }
    ObjectNode hook = Json.object();
    String id = UUID.randomUUID().toString();
    hook.put("id", id);
    hook.put("name", body.path("name").asText());
    hook.put("to_url", body.path("to_url").asText());
    hook.set("event_types", body.path("event_types").deepCopy());
    webhooks.put(id, hook);
    return hook.deepCopy();
  }

  ObjectNode webhooks(Query query) {
    return Pages.page(webhooks.values().stream().map(ObjectNode::deepCopy).toList(), query);
  }

  void deleteWebhook(String id) {
    if (webhooks.remove(id) == null) {
      throw HttpProblem.notFound("Webhook " + id);
    }
  }

  // ---- seeding ----

  void seed(JsonNode borrowersPage, JsonNode creditLinesPage) {
    for (JsonNode item : borrowersPage.path("data")) {
      Optional<String> identifier = Json.text(item, "identifier");
      if (!item.isObject() || identifier.isEmpty()) {
        throw new IllegalArgumentException("a borrower of the borrowers page has no identifier");
      }
      ObjectNode json = ((ObjectNode) item).deepCopy();
      String id = Json.text(json, "id").orElseGet(() -> UUID.randomUUID().toString());
      json.put("id", id);
      if (!json.has("next_actions")) {
        json.set("next_actions", Json.array());
      }
      Borrowers.Borrower borrower = new Borrowers.Borrower(id, identifier.get(), json);
      borrowersById.put(id, borrower);
      borrowersByIdentifier.put(identifier.get(), borrower);
    }
    for (JsonNode item : creditLinesPage.path("data")) {
      Optional<String> identifier = Json.text(item.path("default_borrower"), "identifier");
      if (!item.isObject() || identifier.isEmpty()) {
        throw new IllegalArgumentException("a credit line of the credit lines page has no default_borrower.identifier");
      }
      ObjectNode json = ((ObjectNode) item).deepCopy();
      long pool = json.path("pool_amount").asLong(creditLinePool);
      long available = json.path("balance_available").asLong(pool);
      BigDecimal rate = json.path("fees_daily_rate").isNumber() ? json.path("fees_daily_rate").decimalValue()
          : DEFAULT_DAILY_RATE;
      creditLines.put(identifier.get(), new Borrowers.CreditLine(identifier.get(), json, pool, pool - available,
          json.path("balance_pending").asLong(0), json.path("balance_pending_validation").asLong(0), rate));
    }
  }

  // ---- helpers ----

  static HttpProblem fieldErrors(String message, Map<String, List<String>> errors) {
    ObjectNode body = Json.message(message);
    ObjectNode fields = body.putObject("errors").putObject("json");
    errors.forEach((field, messages) -> fields.set(field, Json.array(messages)));
    return new HttpProblem(400, body);
  }

  /** An ISO date-time with an offset, or a date (taken as midnight UTC). */
  static Optional<OffsetDateTime> parseTime(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text));
    } catch (DateTimeParseException notADateTime) {
      try {
        return Optional.of(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
