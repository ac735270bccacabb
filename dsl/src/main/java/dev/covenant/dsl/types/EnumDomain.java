package dev.covenant.dsl.types;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The closed sets of bare words a policy may compare enum fields with. */
public enum EnumDomain {
  /** ISO 4217 codes, e.g. {@code EUR}; Defacto lends in EUR and GBP. */
  CURRENCY("currency", Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toSet())),
  /** ISO 3166 alpha-3 codes, e.g. {@code FRA}, as Defacto's addresses carry them. */
  COUNTRY("country", Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)),
  BORROWER_STATUS("borrower status", Set.of("READY", "SIGNED", "TO_SIGN", "ALL_PAYMENT_SETUP", "SDD_SETUP", "BLOCKED",
      "DEACTIVATED", "PROHIBITED")),
  LOAN_STATUS("loan status", Set.of("CANCELED", "CLOSED", "DECLINED", "DELETED", "INITIATED", "ISSUE_DETECTED",
      "PENDING_VALIDATION", "SCHEDULED", "SUBMITTED", "TO_REPAY", "TO_REPAY_FEES", "TO_VALIDATE", "VALIDATED")),
  IDENTIFIER_TYPE("identifier type", Set.of("belgium_registration_number", "bsn", "cif", "hr_nummer", "kvk", "name", "nif",
      "siren", "siret", "steuernummer", "vat_number")),
  /** {@code MON} .. {@code SUN}, what {@code day_of_week} returns. */
  WEEKDAY("weekday", Arrays.stream(DayOfWeek.values()).map(d -> d.name().substring(0, 3)).collect(Collectors.toSet()));

  private final String description;
  private final SortedSet<String> values;

  EnumDomain(String description, Set<String> values) {
    this.description = description;
    this.values = new TreeSet<>(values);
  }

  EnumDomain(String description, String[] values) {
    this(description, Set.of(values));
  }

  public String description() {
    return description;
  }

  /** All values, sorted. */
  public SortedSet<String> words() {
    return java.util.Collections.unmodifiableSortedSet(values);
  }

  public boolean contains(String value) {
    return values.contains(value);
  }
}
