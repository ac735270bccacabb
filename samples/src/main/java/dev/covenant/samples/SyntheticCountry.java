package dev.covenant.samples;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The countries synthetic businesses come from, with what makes their data look real: the usual
 * business identifier, legal forms, cities, and the shape of a bank account. Nothing here names a
 * real company or account; identifiers and IBANs only have valid check digits.
 */
enum SyntheticCountry {
  FRA("FR", "EUR", 45, "siren", List.of("SAS", "SARL", "SA"), 23,
      List.of("Paris|75011", "Lyon|69003", "Lille|59000", "Nantes|44000", "Bordeaux|33000", "Toulouse|31000")),
  DEU("DE", "EUR", 15, "hr_nummer", List.of("GmbH", "AG", "UG"), 18,
      List.of("Berlin|10115", "München|80331", "Hamburg|20095", "Köln|50667")),
  ESP("ES", "EUR", 10, "cif", List.of("SL", "SA"), 20, List.of("Madrid|28001", "Barcelona|08001", "Valencia|46001")),
  ITA("IT", "EUR", 10, "vat_number", List.of("SRL", "SPA"), 23, List.of("Milano|20121", "Torino|10121", "Roma|00184")),
  BEL("BE", "EUR", 8, "belgium_registration_number", List.of("SRL", "SA", "BV"), 12,
      List.of("Bruxelles|1000", "Antwerpen|2000", "Gent|9000")),
  NLD("NL", "EUR", 6, "kvk", List.of("BV", "NV"), 14, List.of("Amsterdam|1011", "Rotterdam|3011", "Utrecht|3511")),
  GBR("GB", "GBP", 6, "vat_number", List.of("Ltd", "PLC"), 18, List.of("London|EC1A 1BB", "Manchester|M1 1AE", "Leeds|LS1 1UR"));

  private static final int TOTAL_WEIGHT = java.util.Arrays.stream(values()).mapToInt(c -> c.weight).sum();

  final String alpha2;
  final String currency;
  private final int weight;
  final String identifierType;
  final List<String> legalForms;
  private final int bbanDigits;
  private final List<String> cities;

  SyntheticCountry(String alpha2, String currency, int weight, String identifierType, List<String> legalForms,
      int bbanDigits, List<String> cities) {
    this.alpha2 = alpha2;
    this.currency = currency;
    this.weight = weight;
    this.identifierType = identifierType;
    this.legalForms = legalForms;
    this.bbanDigits = bbanDigits;
    this.cities = cities;
  }

  /** A country drawn by its weight: French businesses are the most common, as on Defacto. */
  static SyntheticCountry draw(SplittableRandom random) {
    int ticket = random.nextInt(TOTAL_WEIGHT);
    for (SyntheticCountry country : values()) {
      ticket -= country.weight;
      if (ticket < 0) {
        return country;
      }
    }
    throw new AssertionError("weights add up to " + TOTAL_WEIGHT);
  }

  /** A business identifier of this country's usual kind; French ones are SIRENs with a valid Luhn digit. */
  String identifier(SplittableRandom random) {
    return switch (this) {
      case FRA -> withLuhnDigit(digits(random, 8));
      case DEU -> "HRB" + digits(random, 6);
      case ESP -> "B" + digits(random, 8);
      case ITA -> digits(random, 11);
      case BEL -> "0" + digits(random, 9);
      case NLD -> digits(random, 8);
      case GBR -> digits(random, 9);
    };
  }

  /** The VAT number that goes with an identifier; for France, the key computed from the SIREN. */
  String vatNumber(String identifier) {
    if (this == FRA) {
      int key = (int) ((12 + 3 * (Long.parseLong(identifier) % 97)) % 97);
      return "FR" + String.format("%02d", key) + identifier;
    }
    return alpha2 + identifier.replaceAll("[^0-9]", "");
  }

  /** "City|postal code". */
  String city(SplittableRandom random) {
    return cities.get(random.nextInt(cities.size()));
  }

  /** An IBAN of this country's length with valid ISO 13616 check digits; the account itself is random. */
  String iban(SplittableRandom random) {
    String bban = digits(random, bbanDigits);
    BigInteger number = new BigInteger(bban + letterDigits(alpha2) + "00");
    int check = 98 - number.mod(BigInteger.valueOf(97)).intValue();
    return alpha2 + String.format("%02d", check) + bban;
  }

  private static String letterDigits(String letters) {
    StringBuilder digits = new StringBuilder();
    letters.chars().forEach(c -> digits.append(c - 'A' + 10));
    return digits.toString();
  }

  static String digits(SplittableRandom random, int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  /** Appends the digit that makes the number pass the Luhn check, as SIRENs do. */
  static String withLuhnDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return digits + (10 - sum % 10) % 10;
  }
}
