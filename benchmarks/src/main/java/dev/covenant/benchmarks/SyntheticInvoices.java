package dev.covenant.benchmarks;

import dev.covenant.core.DecisionInputs;
import dev.covenant.core.model.Address;
import dev.covenant.core.model.BankAccount;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceOrigin;
import dev.covenant.core.model.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic marketplace for the decision benchmarks: invoices of about 500 sellers to about
 * 2,000 buyers around {@link #TODAY}, and a borrower and a credit line for every seller.
 *
 * <p>The mix is meant to send invoices down every rule of the example policy: mostly EUR with some
 * GBP, 50 EUR to 300,000 EUR (mostly small), some overdue, some long-term, some to blocked buyers,
 * about 5% without {@code to_pay_amount}, some buyers without an address, a tenth of the borrowers
 * not yet signed, and a few nearly exhausted credit lines. Date-times carry {@code +01:00} or
 * {@code +00:00}, some late in the evening, so their date in Europe/Paris is not always the date
 * they are written with.
 *
 * <pre>{@code
 * SyntheticInvoices data = SyntheticInvoices.generate(100_000);
 * policy.decideAll(data.invoices(), data.inputs());
 * }</pre>
 */
final class SyntheticInvoices {
  /** The evaluation date of every decision. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  static final int SELLERS = 500;
  static final int BUYERS = 2_000;

  private static final long SEED = 0x5EED_2026_1120L;
  // The example policy's blocked_buyers, given to two frequent buyers.
  private static final List<String> BLOCKED_BUYERS = List.of("758046742", "992460386");
  private static final String[] COUNTRIES = {"FRA", "DEU", "ESP", "ITA", "BEL", "NLD"};
  // Cumulative weights of COUNTRIES: a French marketplace sells mostly at home.
  private static final double[] COUNTRY_WEIGHTS = {0.40, 0.55, 0.67, 0.80, 0.90, 1.0};
  // Common payment terms in days; a quarter of the invoices get an arbitrary term instead.
  private static final int[] TERMS = {0, 15, 30, 30, 30, 45, 45, 60, 60, 90, 90, 120, 150};
  private static final ZoneOffset CET = ZoneOffset.ofHours(1);

  private final List<Invoice> invoices;
  private final List<Borrower> borrowers;
  private final List<CreditLine> creditLines;

  private SyntheticInvoices(List<Invoice> invoices, List<Borrower> borrowers, List<CreditLine> creditLines) {
    this.invoices = invoices;
    this.borrowers = borrowers;
    this.creditLines = creditLines;
  }

  /**
   * {@code count} invoices. The same count gives the same data on every machine and run, and the
   * first invoices do not depend on the count: {@code generate(1_000)} is a prefix of
   * {@code generate(100_000)}.
   */
  static SyntheticInvoices generate(int count) {
    SplittableRandom root = new SplittableRandom(SEED);
    // One stream per kind of thing, so that drawing more invoices never shifts sellers or buyers.
    SplittableRandom sellerRandom = root.split();
    SplittableRandom buyerRandom = root.split();
    SplittableRandom lineRandom = root.split();
    SplittableRandom invoiceRandom = root.split();

    Set<String> taken = new HashSet<>(BLOCKED_BUYERS);
    List<Party> sellers = new ArrayList<>(SELLERS);
    List<BankAccount> accounts = new ArrayList<>(SELLERS);
    for (int i = 0; i < SELLERS; i++) {
      String identifier = newSiren(sellerRandom, taken);
      Address address = new Address(Optional.of("FRA"), Optional.of("Paris"), Optional.of("75002"));
      sellers.add(party("Seller " + i, identifier, address));
      accounts.add(new BankAccount(Optional.of("FR76" + identifier + "0001234567890"), Optional.of("BNPAFRPP")));
    }

    List<Party> buyers = new ArrayList<>(BUYERS);
    for (int i = 0; i < BUYERS; i++) {
      // Placed among the frequent buyers so that the "blocked buyer" rule decides a few hundred times.
      String identifier = i == 5 ? BLOCKED_BUYERS.get(0)
          : i == 300 ? BLOCKED_BUYERS.get(1)
          : newSiren(buyerRandom, taken);
      Address address = buyerRandom.nextInt(50) == 0 ? Address.NONE
          : new Address(Optional.of(country(buyerRandom)), Optional.of("City " + i), Optional.empty());
      buyers.add(party("Buyer " + i, identifier, address));
    }

    List<Borrower> borrowers = new ArrayList<>(SELLERS);
    List<CreditLine> creditLines = new ArrayList<>(SELLERS);
    for (int i = 0; i < SELLERS; i++) {
      String identifier = sellers.get(i).identifier().orElseThrow();
      boolean ready = lineRandom.nextInt(10) != 0;
      borrowers.add(new Borrower(
          Optional.of("brw_" + i), identifier, Optional.of("siren"), sellers.get(i).name(),
          Optional.of(ready ? "READY" : "TO_SIGN"), Optional.of("SAS"),
          ready ? Optional.of(OffsetDateTime.of(2025, 3, 1 + i % 28, 10, 0, 0, 0, CET)) : Optional.empty()));
      creditLines.add(creditLine(lineRandom, i, identifier));
    }

    List<Invoice> invoices = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // Squared draws make a few sellers and buyers frequent and most of them rare.
      double s = invoiceRandom.nextDouble();
      int seller = (int) (SELLERS * Math.pow(s, 1.5));
      double b = invoiceRandom.nextDouble();
      int buyer = (int) (BUYERS * b * b);
      invoices.add(invoice(invoiceRandom, i, buyers.get(buyer), sellers.get(seller), accounts.get(seller)));
    }
    return new SyntheticInvoices(List.copyOf(invoices), List.copyOf(borrowers), List.copyOf(creditLines));
  }

  List<Invoice> invoices() {
    return invoices;
  }

  List<Borrower> borrowers() {
    return borrowers;
  }

  List<CreditLine> creditLines() {
    return creditLines;
  }

  /** Every borrower and credit line, and {@link #TODAY} as the evaluation date. */
  DecisionInputs inputs() {
    return DecisionInputs.of(borrowers, creditLines).withToday(TODAY);
  }

  private static Invoice invoice(SplittableRandom random, int index, Party buyer, Party seller, BankAccount account) {
    boolean pounds = random.nextInt(100) < 8;
    long euroCents = euroCents(random);
    // About the same value in pounds; a GBP invoice is skipped by the first rule whatever its amount.
    long total = pounds ? Math.round(euroCents * 0.86) : euroCents;
    long net = (total * 5 + 3) / 6;
    OptionalLong toPay;
    int paid = random.nextInt(100);
    if (paid < 5) {
      toPay = OptionalLong.empty();
    } else if (paid < 13) {
      toPay = OptionalLong.of(Math.round(total * (0.3 + 0.65 * random.nextDouble())));
    } else {
      toPay = OptionalLong.of(total);
    }

    // Mostly recent invoices, a few issued up to four months ago or dated a day or two ahead.
    double age = random.nextDouble();
    LocalDate issued = TODAY.minusDays((long) (122 * age * age) - 2);
    int term = random.nextInt(4) == 0 ? random.nextInt(151) : TERMS[random.nextInt(TERMS.length)];
    LocalDate due = issued.plusDays(term);

    return new Invoice(
        String.format("F-2026-%06d", index),
        pounds ? "GBP" : "EUR",
        Optional.of(dateTime(random, issued)),
        Optional.of(dateTime(random, due)),
        OptionalLong.of(net),
        OptionalLong.of(total - net),
        OptionalLong.of(total),
        toPay,
        buyer,
        seller,
        account,
        Map.of(),
        new InvoiceOrigin("synthetic", index));
  }

  /**
   * 50 EUR to 300,000 EUR: 70% under 10,000 EUR, 25% up to 100,000 EUR, 5% above; log-uniform
   * within each band, as invoice amounts spread over orders of magnitude.
   */
  private static long euroCents(SplittableRandom random) {
    double band = random.nextDouble();
    double low = band < 0.70 ? 50 : band < 0.95 ? 10_000 : 100_000;
    double high = band < 0.70 ? 10_000 : band < 0.95 ? 100_000 : 300_000;
    return Math.round(low * Math.pow(high / low, random.nextDouble()) * 100);
  }

  /** Half at midnight as many payloads write dates, half at any second; 70% {@code +01:00}, 30% {@code +00:00}. */
  private static OffsetDateTime dateTime(SplittableRandom random, LocalDate date) {
    ZoneOffset offset = random.nextInt(10) < 7 ? CET : ZoneOffset.UTC;
    LocalTime time = random.nextBoolean() ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(random.nextInt(86_400));
    return OffsetDateTime.of(date, time, offset);
  }

  /**
   * Pools of 200,000 EUR to 5 MEUR; most lines have 35% to 100% of their pool available, a tenth
   * only 2% to 15% (less than the 10% reserve for some), so that large invoices and busy sellers
   * run out of credit in a batch.
   */
  private static CreditLine creditLine(SplittableRandom random, int index, String borrowerIdentifier) {
    long pool = Math.round(200_000 * Math.pow(25, random.nextDouble()) / 10_000) * 10_000 * 100;
    double share = random.nextInt(10) == 0 ? 0.02 + 0.13 * random.nextDouble() : 0.35 + 0.65 * random.nextDouble();
    long available = Math.round(pool * share);
    long pendingValidation = Math.round((pool - available) * 0.1 * random.nextDouble());
    return new CreditLine(
        Optional.of("cl_" + index), borrowerIdentifier, "EUR", OptionalLong.of(pool), OptionalLong.of(available),
        pool - available - pendingValidation, pendingValidation, Optional.of(new BigDecimal("0.00040")));
  }

  private static Party party(String name, String identifier, Address address) {
    return new Party(Optional.of(name), Optional.of(identifier), Optional.of("siren"),
        Optional.of(String.format("FR%02d%s", Long.parseLong(identifier) % 97, identifier)), address);
  }

  private static String country(SplittableRandom random) {
    double draw = random.nextDouble();
    int i = 0;
    while (draw >= COUNTRY_WEIGHTS[i]) {
      i++;
    }
    return COUNTRIES[i];
  }

  /** A SIREN-like identifier: nine digits, not starting with 0, not already taken. */
  private static String newSiren(SplittableRandom random, Set<String> taken) {
    while (true) {
      String identifier = Integer.toString(100_000_000 + random.nextInt(900_000_000));
      if (taken.add(identifier)) {
        return identifier;
      }
    }
  }
}
