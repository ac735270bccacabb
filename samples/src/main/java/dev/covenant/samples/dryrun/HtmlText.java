package dev.covenant.samples.dryrun;

import dev.covenant.core.Outcome;
import dev.covenant.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Escaping and number formatting shared by the HTML report's parts. */
final class HtmlText {
  /** Fill colours of the outcomes, in charts and badges alike, so the legend holds everywhere. */
  static final String FINANCE_COLOUR = "#1b7a3d";
  static final String SKIP_COLOUR = "#8a8f98";
  static final String REVIEW_COLOUR = "#c77700";

  private HtmlText() {}

  /**
   * Escapes text for HTML and SVG content and for double- or single-quoted attribute values.
   * Everything that reaches the page from invoices, borrowers or the policy goes through here: an
   * invoice number is whatever the seller typed.
   */
  static String escape(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        // Control characters other than tab and line breaks are not allowed in HTML text.
        case '\t', '\n', '\r' -> null;
        default -> c < 0x20 || c == 0x7f ? "\uFFFD" : null;
      };
      if (replacement != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (replacement != null) {
          escaped.append(replacement);
        } else {
          escaped.append(c);
        }
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  /** At most {@code max} characters, with an ellipsis when cut, for labels in a fixed-width chart column. */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
  }

  /** {@code 1,234,567}. */
  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** {@code financed / available} as a percentage with one decimal, {@code 12.5%}. */
  static String percent(long part, long whole) {
    BigDecimal percent = BigDecimal.valueOf(part).movePointRight(2)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    return percent.toPlainString() + "%";
  }

  /**
   * The length in pixels of {@code part} on a bar {@code width} pixels long that stands for
   * {@code whole}, to a tenth of a pixel, at most {@code width}. Exact, as the amounts are money.
   */
  static BigDecimal length(long part, long whole, int width) {
    if (whole <= 0 || part <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal length = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(width))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    return length.min(BigDecimal.valueOf(width));
  }

  /** A coordinate as SVG reads it: {@code 12.5}, {@code 40}. */
  static String px(BigDecimal coordinate) {
    return coordinate.signum() == 0 ? "0" : coordinate.stripTrailingZeros().toPlainString();
  }

  static String colour(Outcome outcome) {
    return switch (outcome) {
      case FINANCE -> FINANCE_COLOUR;
      case SKIP -> SKIP_COLOUR;
      case REVIEW -> REVIEW_COLOUR;
    };
  }

  /** The CSS class of an outcome: {@code finance}, {@code skip}, {@code review}. */
  static String cssClass(Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }
}
