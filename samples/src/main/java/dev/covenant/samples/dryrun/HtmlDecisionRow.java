package dev.covenant.samples.dryrun;

import static dev.covenant.samples.dryrun.HtmlText.escape;

import dev.covenant.core.Decision;
import dev.covenant.core.Explanation;
import dev.covenant.core.model.Party;
import java.time.LocalDate;
import java.util.Optional;

/** One row of the HTML report's decisions table. */
final class HtmlDecisionRow {
  /** The table's columns, in order; {@link #render} writes one cell per column. */
  static final String[] COLUMNS = {
      "#", "Invoice", "Seller", "Buyer", "Outcome", "Rule", "Reason", "Amount", "Currency", "Pay on", "Repay on",
      "Auto-validate", "salt_id", "Why"};

  private HtmlDecisionRow() {}

  /**
   * The row of the {@code position}th decision (from 1). Rendered when the decision arrives, so
   * the report keeps a string rather than the decision, its invoice and its explanation's inputs.
   */
  static String render(Decision decision, long position) {
    StringBuilder row = new StringBuilder(1024);
    String outcome = decision.outcome().name();
    row.append("<tr data-outcome=\"").append(outcome).append("\">")
        .append("<td class=\"num\">").append(position).append("</td>")
        .append("<td class=\"invoice\">").append(escape(decision.invoice().invoiceNumber())).append("</td>")
        .append("<td>").append(party(decision.invoice().seller())).append("</td>")
        .append("<td>").append(party(decision.invoice().buyer())).append("</td>")
        .append("<td><span class=\"outcome ").append(HtmlText.cssClass(decision.outcome())).append("\">")
        .append(outcome).append("</span></td>")
        .append("<td>").append(decision.rule().map(HtmlText::escape).orElse("<em>otherwise</em>")).append("</td>")
        .append("<td>").append(escape(decision.reason())).append("</td>")
        .append("<td class=\"num\">")
        .append(decision.amount().map(money -> Amounts.number(money.minorUnits(), money.currency())).orElse(""))
        .append("</td>")
        .append("<td>").append(escape(decision.currency())).append("</td>")
        .append("<td class=\"date\">").append(date(decision.payOn())).append("</td>")
        .append("<td class=\"date\">").append(date(decision.repayOn())).append("</td>")
        .append("<td>").append(decision.autoValidate() ? "yes" : "no").append("</td>")
        .append("<td><code class=\"salt\">").append(escape(decision.saltId())).append("</code></td>")
        .append("<td>").append(explanation(decision.explanation())).append("</td>")
        .append("</tr>\n");
    return row.toString();
  }

  private static String party(Party party) {
    String name = party.name().filter(n -> !n.isBlank()).map(HtmlText::escape).orElse("");
    String identifier = party.identifier().map(id -> "<span class=\"id\">" + escape(id) + "</span>").orElse("");
    if (name.isEmpty() && identifier.isEmpty()) {
      return "<span class=\"none\">unknown</span>";
    }
    return name.isEmpty() || identifier.isEmpty() ? name + identifier : name + "<br>" + identifier;
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }

  private static String explanation(Explanation explanation) {
    if (explanation == null) {
      return "";
    }
    return "<details><summary>trace</summary><pre>" + escape(explanation.render().strip()) + "</pre></details>";
  }
}
