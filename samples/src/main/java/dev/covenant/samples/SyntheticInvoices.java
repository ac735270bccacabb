package dev.covenant.samples;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic invoices in the shape of Defacto's {@code invoice_creation_payload}, from a seed: the
 * same seed, pool size and today give the same invoices, byte for byte. The variety is what a
 * policy meets in production: mostly euros, some pounds (British sellers), seven countries,
 * amounts from 50 to 80,000, some overdue, some long-term, some partly or fully paid, a few
 * invoices to the buyers {@code marketplace-receivables.policy} blocks.
 */
final class SyntheticInvoices {
  /** The buyers the sample marketplace policy blocks, so that its rule meets them. */
  static final List<String> BLOCKED_BUYERS = List.of("758046742", "992460386");

  /** A tiny stand-in for the PDF: Defacto requires a document, the policy never reads it. */
  private static final String DOCUMENT =
      Base64.getEncoder().encodeToString("%PDF-1.4\n% synthetic invoice\n".getBytes(StandardCharsets.US_ASCII));

  /** Invoice amounts in minor units: from-to ranges and how often each occurs, in percent. */
  private static final long[][] AMOUNT_BANDS = {
    {5_000, 50_000, 10}, {50_000, 500_000, 35}, {500_000, 2_000_000, 35}, {2_000_000, 5_000_000, 15},
    {5_000_000, 8_000_000, 5}};

  /** Payment terms in days and how often each occurs, in percent; above 90 days is long-term. */
  private static final int[][] TERMS = {{30, 35}, {45, 20}, {60, 30}, {90, 5}, {120, 5}, {180, 5}};

  private final List<SyntheticBusiness> sellers;
  private final List<SyntheticBusiness> buyers;
  private final SplittableRandom random;
  private final LocalDate today;

  /**
   * @param sellers how many distinct sellers the invoices come from (the borrowers)
   * @param today   the date invoices are issued and due around
   */
  SyntheticInvoices(long seed, int sellers, LocalDate today) {
    SplittableRandom pool = new SplittableRandom(seed);
    Set<String> taken = new HashSet<>(BLOCKED_BUYERS);
    this.sellers = draw(pool, sellers, taken);
    List<SyntheticBusiness> buyerPool = new ArrayList<>(draw(pool, Math.max(50, 3 * sellers), taken));
    BLOCKED_BUYERS.forEach(identifier -> buyerPool.add(SyntheticBusiness.of(identifier, SyntheticCountry.FRA, pool)));
    this.buyers = List.copyOf(buyerPool);
    this.random = pool.split();
    this.today = today;
  }

  /** The sellers, in the order their borrowers and credit lines are written. */
  List<SyntheticBusiness> sellers() {
    return sellers;
  }

  private static List<SyntheticBusiness> draw(SplittableRandom random, int count, Set<String> taken) {
    List<SyntheticBusiness> businesses = new ArrayList<>(count);
    while (businesses.size() < count) {
      SyntheticBusiness business = SyntheticBusiness.draw(random);
      // Identifiers identify: two businesses with one identifier would share a credit line.
      if (taken.add(business.identifier())) {
        businesses.add(business);
      }
    }
    return List.copyOf(businesses);
  }

  /** Writes the next invoice; {@code sequence} numbers it, so numbers are unique in a file. */
  void write(JsonGenerator json, long sequence) throws IOException {
    // The smaller of two draws: a few sellers issue many invoices, most issue a few.
    SyntheticBusiness seller = sellers.get(Math.min(random.nextInt(sellers.size()), random.nextInt(sellers.size())));
    SyntheticBusiness buyer = random.nextInt(100) == 0
        ? buyers.get(buyers.size() - 1 - random.nextInt(BLOCKED_BUYERS.size()))
        : buyers.get(random.nextInt(buyers.size() - BLOCKED_BUYERS.size()));
    long total = amount();
    long net = total * 5 / 6;  // 20% VAT included in the total
    LocalDate issued = today.minusDays(random.nextInt(90));
    LocalDate due = issued.plusDays(term());

    json.writeStartObject();
    String number = Long.toString(sequence);
    json.writeStringField("invoice_number", "INV-" + seller.country().alpha2 + "-" + "0".repeat(Math.max(0, 8 - number.length())) + number);
    json.writeStringField("issued_at", dateTime(issued));
    json.writeStringField("due_at", dateTime(due));
    json.writeStringField("currency", seller.country().currency);
    json.writeNumberField("net_amount", net);
    json.writeNumberField("tax_amount", total - net);
    json.writeNumberField("total_amount", total);
    int paid = random.nextInt(100);
    if (paid >= 2) {
      // 2% fully paid already (no to_pay_amount), 10% partly paid.
      json.writeNumberField("to_pay_amount", paid < 12 ? total - total * (1 + random.nextInt(5)) / 10 : total);
    }
    party(json, "buyer", buyer);
    party(json, "seller", seller);
    json.writeObjectFieldStart("to_account");
    json.writeStringField("account_number", seller.iban());
    json.writeStringField("bank_identifier", seller.bic());
    json.writeEndObject();
    json.writeObjectFieldStart("metadata");
    json.writeStringField("created_with", "covenant generate");
    json.writeStringField("order_reference", "PO-" + SyntheticCountry.digits(random, 7));
    json.writeEndObject();
    json.writeStringField("document", DOCUMENT);
    json.writeEndObject();
  }

  private long amount() {
    int ticket = random.nextInt(100);
    for (long[] band : AMOUNT_BANDS) {
      ticket -= (int) band[2];
      if (ticket < 0) {
        long cents = random.nextLong(band[0], band[1] + 1);
        // Half the invoices are in whole units, as many real invoices are.
        return random.nextBoolean() ? cents - cents % 100 : cents;
      }
    }
    throw new AssertionError("amount bands add up to 100%");
  }

  private int term() {
    int ticket = random.nextInt(100);
    for (int[] term : TERMS) {
      ticket -= term[1];
      if (ticket < 0) {
        return term[0];
      }
    }
    throw new AssertionError("terms add up to 100%");
  }

  private String dateTime(LocalDate date) {
    // By hand: String.format would take a third of the time of a million-invoice file.
    StringBuilder text = new StringBuilder(25).append(date).append('T');
    twoDigits(text, 7 + random.nextInt(11)).append(':');
    twoDigits(text, random.nextInt(60)).append(':');
    return twoDigits(text, random.nextInt(60)).append("+00:00").toString();
  }

  private static StringBuilder twoDigits(StringBuilder text, int value) {
    return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  static void party(JsonGenerator json, String field, SyntheticBusiness business) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("name", business.displayName());
    json.writeStringField("identifier", business.identifier());
    json.writeStringField("identifier_type", business.country().identifierType);
    json.writeStringField("vat_number", business.country().vatNumber(business.identifier()));
    json.writeObjectFieldStart("address");
    json.writeStringField("city", business.city());
    json.writeStringField("postal_code", business.postalCode());
    json.writeStringField("country", business.country().name());
    json.writeEndObject();
    json.writeEndObject();
  }
}
