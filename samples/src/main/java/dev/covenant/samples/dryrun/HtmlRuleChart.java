package dev.covenant.samples.dryrun;

import static dev.covenant.samples.dryrun.HtmlText.escape;
import static dev.covenant.samples.dryrun.HtmlText.px;

import dev.covenant.core.Outcome;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart 2 of the HTML report, as inline SVG: per rule, in the policy's order, a bar stacked from
 * the invoices it financed, skipped and sent to review. All bars share one scale, so their
 * lengths compare.
 */
final class HtmlRuleChart {
  private static final int WIDTH = 960;
  private static final int BAR_X = 280;
  private static final int BAR_WIDTH = 670;
  private static final int TOP = 36;
  private static final int ROW = 46;

  private HtmlRuleChart() {}

  /** The chart's section: heading and SVG, or a sentence when the policy has no rules to show. */
  static String section(List<RuleTotals> rules) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<section id=\"rules\" aria-labelledby=\"rules-heading\">\n")
        .append("<h2 id=\"rules-heading\">Outcomes per rule</h2>\n");
    if (rules.isEmpty()) {
      return html.append("<p class=\"empty\" id=\"rules-empty\">No rule decided anything.</p>\n</section>\n")
          .toString();
    }
    long longest = rules.stream().mapToLong(RuleTotals::decided).max().orElse(0);
    int height = TOP + rules.size() * ROW;
    html.append("<p class=\"hint\">Rules in the policy's order; each bar counts the invoices the rule decided.</p>\n")
        .append("<svg class=\"chart\" id=\"rule-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" aria-labelledby=\"rule-chart-title rule-chart-desc\">\n")
        .append("<title id=\"rule-chart-title\">Outcomes per rule</title>\n")
        .append("<desc id=\"rule-chart-desc\">").append(rules.size()).append(rules.size() == 1 ? " rule" : " rules")
        .append(": invoices financed, skipped and sent to review by each.</desc>\n");
    legend(html);
    for (int i = 0; i < rules.size(); i++) {
      bar(html, rules.get(i), longest, TOP + i * ROW);
    }
    return html.append("</svg>\n</section>\n").toString();
  }

  private static void legend(StringBuilder svg) {
    svg.append("<g class=\"legend\" aria-hidden=\"true\">");
    int x = BAR_X;
    for (Outcome outcome : Outcome.values()) {
      svg.append(HtmlCreditLineChart.swatch(x, HtmlText.colour(outcome), outcome.name()));
      x += 120;
    }
    svg.append("</g>\n");
  }

  private static void bar(StringBuilder svg, RuleTotals rule, long longest, int y) {
    String counts = counts(rule);
    svg.append("<g class=\"bar rule-bar\" data-rule=\"").append(escape(rule.label())).append("\" data-decided=\"")
        .append(rule.decided()).append("\">")
        .append("<title>").append(escape(rule.label())).append(": ").append(escape(counts)).append("</title>")
        .append("<text class=\"label\" x=\"0\" y=\"").append(y + 15).append("\">")
        .append(escape(HtmlText.shorten(rule.label(), 36))).append("</text>");
    // Segment ends are placed from the running total, so rounding never opens a gap between segments.
    long before = 0;
    BigDecimal start = BigDecimal.ZERO;
    for (Outcome outcome : Outcome.values()) {
      long count = rule.outcomes().getOrDefault(outcome, 0L);
      if (count == 0) {
        continue;
      }
      before += count;
      BigDecimal end = HtmlText.length(before, longest, BAR_WIDTH);
      svg.append("<rect class=\"").append(HtmlText.cssClass(outcome))
          .append("\" x=\"").append(px(start.add(BigDecimal.valueOf(BAR_X))))
          .append("\" y=\"").append(y + 2)
          .append("\" width=\"").append(px(end.subtract(start)))
          .append("\" height=\"18\" fill=\"").append(HtmlText.colour(outcome)).append("\"></rect>");
      start = end;
    }
    svg.append("<text class=\"amounts\" x=\"").append(BAR_X).append("\" y=\"").append(y + 36).append("\">")
        .append(escape(counts)).append("</text></g>\n");
  }

  /** The numbers the bar draws, in words: {@code 12 decided: FINANCE 10, SKIP 2, REVIEW 0; financed 1,500.00 EUR}. */
  static String counts(RuleTotals rule) {
    StringBuilder text = new StringBuilder().append(HtmlText.count(rule.decided())).append(" decided: ");
    for (Outcome outcome : Outcome.values()) {
      text.append(outcome == Outcome.FINANCE ? "" : ", ").append(outcome.name()).append(' ')
          .append(HtmlText.count(rule.outcomes().getOrDefault(outcome, 0L)));
    }
    String separator = "; financed ";
    for (var financed : rule.financed().entrySet()) {
      text.append(separator).append(Amounts.format(financed.getValue(), financed.getKey()));
      separator = ", ";
    }
    return text.toString();
  }
}
