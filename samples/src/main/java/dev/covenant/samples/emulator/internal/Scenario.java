package dev.covenant.samples.emulator.internal;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * The sandbox's scenarios, and the IBANs that carry them. Defacto encodes the scenario in the
 * branch code of French IBANs of its fake bank 11111: {@code FRkk 11111 0X559 ...}, where X is
 * 1 for SUCCESS, 2 for SUCCESS_ONE_DAY_LATER and 4 for FAIL (as Defacto's published test IBANs
 * show). Defacto publishes no IBAN for REJECT ("coming soon") nor CANCEL: 3 and 5 are our guess.
 * Any other IBAN means SUCCESS, as in the sandbox.
 */
public enum Scenario {
  SUCCESS('1'),
  SUCCESS_ONE_DAY_LATER('2'),
  REJECT('3'),
  FAIL('4'),
  CANCEL('5');

  /** The BIC of Defacto's fake sandbox bank. */
  public static final String BIC = "FK2FACTO";
  private static final String BANK = "11111";
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private final char digit;

  Scenario(char digit) {
    this.digit = digit;
  }

  /** A scenario by its name, case-insensitively. */
  public static Optional<Scenario> named(String name) {
    for (Scenario scenario : values()) {
      if (scenario.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(scenario);
      }
    }
    return Optional.empty();
  }

  /** The scenario an account number selects: SUCCESS for any IBAN that is not one of the sandbox bank's. */
  public static Scenario of(String accountNumber) {
    String iban = accountNumber.replace(" ", "").toUpperCase(Locale.ROOT);
    if (iban.length() == 27 && iban.startsWith("FR") && iban.startsWith(BANK, 4) && iban.charAt(9) == '0'
        && iban.startsWith("559", 11)) {
      for (Scenario scenario : values()) {
        if (scenario.digit == iban.charAt(10)) {
          return scenario;
        }
      }
    }
    return SUCCESS;
  }

  /**
   * A valid French IBAN of the sandbox bank for this scenario; {@code serial} makes the account
   * number, so that distinct serials give distinct IBANs.
   */
  public String iban(long serial) {
    String account = String.format(Locale.ROOT, "%011d", Math.floorMod(serial, 100_000_000_000L));
    return frenchIban(BANK, "0" + digit + "559", account);
  }

  /** A valid French IBAN from its bank, branch and 11-digit account numbers. */
  static String frenchIban(String bank, String branch, String account) {
    String bban = bank + branch + account + ribKey(bank, branch, account);
    return "FR" + checkDigits("FR", bban) + bban;
  }

  // The French RIB key: 97 - (89 * bank + 15 * branch + 3 * account) mod 97, on numeric parts.
  private static String ribKey(String bank, String branch, String account) {
    BigInteger sum = new BigInteger(bank).multiply(BigInteger.valueOf(89))
        .add(new BigInteger(branch).multiply(BigInteger.valueOf(15)))
        .add(new BigInteger(account).multiply(BigInteger.valueOf(3)));
    int key = 97 - sum.mod(NINETY_SEVEN).intValue();
    return String.format(Locale.ROOT, "%02d", key);
  }

  /** ISO 13616: 98 - (BBAN + country + "00", letters as numbers) mod 97. */
  static String checkDigits(String country, String bban) {
    StringBuilder digits = new StringBuilder();
    for (char c : (bban + country + "00").toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    return String.format(Locale.ROOT, "%02d", check);
  }

  /** Whether an IBAN's check digits are right (mod 97 of the rearranged number is 1). */
  public static boolean isValidIban(String iban) {
    String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
    if (compact.length() < 5) {
      return false;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : (compact.substring(4) + compact.substring(0, 4)).toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        digits.append(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }
}
