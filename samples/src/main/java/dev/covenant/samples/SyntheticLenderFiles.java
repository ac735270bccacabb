package dev.covenant.samples;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The Defacto side of synthetic invoices: a {@code GET /borrowers} page with one borrower per
 * seller (most READY, some still TO_SIGN) and a {@code GET /credit_lines} page with a credit line
 * for each READY borrower, in the seller's currency.
 */
final class SyntheticLenderFiles {
  /** Percent of borrowers that have not signed yet, so have no credit line. */
  private static final int TO_SIGN_PERCENT = 12;

  private static final long[] POOLS = {5_000_000, 10_000_000, 25_000_000, 50_000_000, 100_000_000};

  /** Daily rates as interest + operating fees; exact decimals, as Defacto sends them. */
  private static final String[][] DAILY_RATES = {
    {"0.00015", "0.00005"}, {"0.0002", "0.00005"}, {"0.00025", "0.0001"}, {"0.0003", "0.0001"}};

  private final List<SyntheticBusiness> sellers;
  private final LocalDate today;
  private final boolean[] ready;
  private final SplittableRandom random;

  SyntheticLenderFiles(List<SyntheticBusiness> sellers, long seed, LocalDate today) {
    this.sellers = sellers;
    this.today = today;
    // Its own stream of draws: the borrowers do not change with the number of invoices.
    this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.ready = new boolean[sellers.size()];
    for (int i = 0; i < ready.length; i++) {
      ready[i] = random.nextInt(100) >= TO_SIGN_PERCENT;
    }
  }

  void writeBorrowers(JsonGenerator json) throws IOException {
    startPage(json, sellers.size());
    for (int i = 0; i < sellers.size(); i++) {
      SyntheticBusiness seller = sellers.get(i);
      json.writeStartObject();
      json.writeStringField("id", uuid().toString());
      json.writeStringField("identifier", seller.identifier());
      json.writeStringField("identifier_type", seller.country().identifierType);
      json.writeStringField("name", seller.displayName());
      json.writeStringField("legal_form", seller.legalForm());
      json.writeStringField("vat_number", seller.country().vatNumber(seller.identifier()));
      json.writeStringField("status", ready[i] ? "READY" : "TO_SIGN");
      if (ready[i]) {
        json.writeStringField("signed_at", today.minusDays(30 + random.nextInt(700)) + "T10:00:00+00:00");
      } else {
        json.writeNullField("signed_at");
      }
      json.writeEndObject();
    }
    endPage(json);
  }

  void writeCreditLines(JsonGenerator json) throws IOException {
    int lines = 0;
    for (boolean isReady : ready) {
      lines += isReady ? 1 : 0;
    }
    startPage(json, lines);
    for (int i = 0; i < sellers.size(); i++) {
      if (!ready[i]) {
        continue;
      }
      SyntheticBusiness seller = sellers.get(i);
      long pool = POOLS[random.nextInt(POOLS.length)];
      long used = pool * random.nextInt(11) / 20;  // up to half the pool already lent
      long pendingValidation = pool * random.nextInt(3) / 100;
      String[] rates = DAILY_RATES[random.nextInt(DAILY_RATES.length)];
      json.writeStartObject();
      json.writeStringField("id", uuid().toString());
      json.writeObjectFieldStart("default_borrower");
      json.writeStringField("identifier", seller.identifier());
      json.writeStringField("name", seller.displayName());
      json.writeEndObject();
      json.writeStringField("currency", seller.country().currency);
      json.writeNumberField("pool_amount", pool);
      json.writeNumberField("balance_available", pool - used - pendingValidation);
      json.writeNumberField("balance_pending", used / 10);
      json.writeNumberField("balance_pending_validation", pendingValidation);
      BigDecimal interest = new BigDecimal(rates[0]);
      BigDecimal operating = new BigDecimal(rates[1]);
      json.writeNumberField("fees_daily_rate", interest.add(operating));
      json.writeNumberField("fees_interest_daily_rate", interest);
      json.writeNumberField("fees_operating_daily_rate", operating);
      json.writeStringField("distribution", "DIRECT");
      json.writeStringField("loan_contract_type", "TRADE_RECEIVABLE");
      json.writeStringField("start_date", today.minusDays(30) + "T00:00:00+00:00");
      json.writeEndObject();
    }
    endPage(json);
  }

  private UUID uuid() {
    // A version-4 layout from the seeded stream, so the ids too are the same for a seed.
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  /** A single page that holds everything, as {@code GET /borrowers} returns when page_size is large enough. */
  private static void startPage(JsonGenerator json, int count) throws IOException {
    json.writeStartObject();
    json.writeNumberField("count", count);
    json.writeNumberField("page_size", Math.max(count, 1));
    json.writeNullField("next_page");
    json.writeNullField("previous_page");
    json.writeNumberField("total", count);
    json.writeArrayFieldStart("data");
  }

  private static void endPage(JsonGenerator json) throws IOException {
    json.writeEndArray();
    json.writeEndObject();
  }
}
