package dev.covenant.samples.dryrun;

import static dev.covenant.samples.dryrun.HtmlText.escape;
import static dev.covenant.samples.dryrun.HtmlText.px;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Chart 1 of the HTML report, as inline SVG: per borrower, a bar standing for the credit line's
 * {@code balance_available} before the batch, filled with what the batch finances on it.
 */
final class HtmlCreditLineChart {
  /** More bars than this are unreadable on one page; the rest are counted in a line under the chart. */
  static final int MAX_BORROWERS = 25;

  static final String AVAILABLE_COLOUR = "#dce3ec";
  static final String FINANCED_COLOUR = "#1f5fa8";
  static final String OVER_COLOUR = "#b3261e";

  private static final int WIDTH = 960;
  private static final int BAR_X = 280;
  private static final int BAR_WIDTH = 670;
  private static final int TOP = 36;
  private static final int ROW = 50;

  private HtmlCreditLineChart() {}

  /** The chart's section: heading, SVG, and the "and N more" line; or a sentence when there is nothing to draw. */
  static String section(List<CreditLineUse> uses) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<section id=\"credit-lines\" aria-labelledby=\"credit-lines-heading\">\n")
        .append("<h2 id=\"credit-lines-heading\">Credit-line use per borrower</h2>\n");
    if (uses.isEmpty()) {
      html.append("<p class=\"empty\" id=\"credit-lines-empty\">No borrower has a known credit line or a financed "
          + "invoice in this batch.</p>\n</section>\n");
      return html.toString();
    }
    List<CreditLineUse> drawn = uses.stream()
        .sorted(Comparator.comparingLong(CreditLineUse::financed).reversed()
            .thenComparing(CreditLineUse::borrowerIdentifier))
        .limit(MAX_BORROWERS)
        .toList();
    int height = TOP + drawn.size() * ROW;
    html.append("<p class=\"hint\">Each bar is the credit line's available balance before the batch; the filled part "
        + "is what this batch finances on it. Largest financed amounts first.</p>\n");
    html.append("<svg class=\"chart\" id=\"credit-line-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" aria-labelledby=\"credit-line-chart-title credit-line-chart-desc\">\n")
        .append("<title id=\"credit-line-chart-title\">Credit-line use per borrower</title>\n")
        .append("<desc id=\"credit-line-chart-desc\">").append(drawn.size())
        .append(drawn.size() == 1 ? " borrower" : " borrowers")
        .append(": amount financed by this batch against the balance available before it.</desc>\n");
    legend(html);
    for (int i = 0; i < drawn.size(); i++) {
      bar(html, drawn.get(i), TOP + i * ROW);
    }
    html.append("</svg>\n");
    if (uses.size() > drawn.size()) {
      int more = uses.size() - drawn.size();
      html.append("<p class=\"more\" id=\"credit-lines-more\">and ").append(HtmlText.count(more))
          .append(more == 1 ? " more borrower" : " more borrowers")
          .append(" with smaller financed amounts, not drawn.</p>\n");
    }
    return html.append("</section>\n").toString();
  }

  private static void legend(StringBuilder svg) {
    svg.append("<g class=\"legend\" aria-hidden=\"true\">")
        .append(swatch(BAR_X, FINANCED_COLOUR, "financed by this batch"))
        .append(swatch(BAR_X + 200, AVAILABLE_COLOUR, "available before the batch"))
        .append(swatch(BAR_X + 420, OVER_COLOUR, "more than available"))
        .append("</g>\n");
  }

  /** A legend entry: a square of the colour, then its meaning. */
  static String swatch(int x, String colour, String meaning) {
    return "<rect x=\"" + x + "\" y=\"6\" width=\"14\" height=\"14\" fill=\"" + colour + "\"></rect><text x=\""
        + (x + 20) + "\" y=\"18\">" + meaning + "</text>";
  }

  private static void bar(StringBuilder svg, CreditLineUse use, int y) {
    String name = use.borrowerName().filter(n -> !n.isBlank()).orElse(use.borrowerIdentifier());
    String amounts = amounts(use);
    svg.append("<g class=\"bar borrower-bar\" data-borrower=\"").append(escape(use.borrowerIdentifier()))
        .append("\" data-financed=\"").append(use.financed()).append("\">")
        .append("<title>").append(escape(name)).append(" (").append(escape(use.borrowerIdentifier())).append("): ")
        .append(escape(amounts)).append("</title>")
        .append("<text class=\"label\" x=\"0\" y=\"").append(y + 15).append("\">")
        .append(escape(HtmlText.shorten(name, 34))).append("</text>")
        .append("<text class=\"sub\" x=\"0\" y=\"").append(y + 33).append("\">")
        .append(escape(HtmlText.shorten(use.borrowerIdentifier(), 40))).append("</text>");
    if (use.available().isPresent()) {
      long available = use.available().getAsLong();
      boolean over = use.financed() > available;
      svg.append(rect(BAR_X, y + 2, BigDecimal.valueOf(BAR_WIDTH), AVAILABLE_COLOUR, "available"));
      BigDecimal filled = over ? BigDecimal.valueOf(BAR_WIDTH) : HtmlText.length(use.financed(), available, BAR_WIDTH);
      svg.append(rect(BAR_X, y + 2, filled, over ? OVER_COLOUR : FINANCED_COLOUR, "financed"));
    } else {
      // Without a known balance there is nothing to scale against: an outline says so, the text gives the amount.
      svg.append("<rect class=\"unknown\" x=\"").append(BAR_X).append("\" y=\"").append(y + 2).append("\" width=\"")
          .append(BAR_WIDTH).append("\" height=\"20\" fill=\"none\" stroke=\"").append(FINANCED_COLOUR)
          .append("\" stroke-dasharray=\"4 3\"></rect>");
    }
    svg.append("<text class=\"amounts\" x=\"").append(BAR_X).append("\" y=\"").append(y + 38).append("\">")
        .append(escape(amounts)).append("</text></g>\n");
  }

  private static String rect(int x, int y, BigDecimal width, String colour, String cssClass) {
    return "<rect class=\"" + cssClass + "\" x=\"" + x + "\" y=\"" + y + "\" width=\"" + px(width)
        + "\" height=\"20\" fill=\"" + colour + "\"></rect>";
  }

  /** What the bar shows, in words: the amounts, the share used, the invoices. */
  static String amounts(CreditLineUse use) {
    String financed = Amounts.format(use.financed(), use.currency());
    String invoices = HtmlText.count(use.invoicesFinanced()) + (use.invoicesFinanced() == 1 ? " invoice" : " invoices");
    if (use.available().isEmpty()) {
      return financed + " financed (" + invoices + "); available balance unknown";
    }
    long available = use.available().getAsLong();
    String share = available > 0 ? " (" + HtmlText.percent(use.financed(), available) + ")" : "";
    return financed + " financed of " + Amounts.format(available, use.currency()) + " available" + share + ", "
        + invoices;
  }
}
