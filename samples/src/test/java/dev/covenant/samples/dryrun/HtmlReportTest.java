package dev.covenant.samples.dryrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.Explanation;
import dev.covenant.core.LoadResult;
import dev.covenant.core.Outcome;
import dev.covenant.core.PolicyLoader;
import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.Money;
import dev.covenant.dsl.PolicySource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  static final String SCRIPT_INVOICE = "<script>alert('pwned')</script>";

  @Test
  void pageReferencesNothingOutsideItself() throws IOException {
    String page = Sample.standard().render(HtmlReport.DEFAULT_MAX_ROWS);

    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(Pattern.compile("(?i)(src|href|xlink:href|action)\\s*=").matcher(page).find()).isFalse();
    assertThat(page).doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<iframe")
        .doesNotContain("url(").doesNotContain("@import")
        .doesNotContain("http://").doesNotContain("https://");
    assertThat(page).contains("<style>").contains("<svg class=\"chart\" id=\"credit-line-chart\"")
        .contains("<svg class=\"chart\" id=\"rule-chart\"");
  }

  @Test
  void untrustedTextIsEscapedNotMarkup() throws IOException {
    String page = Sample.standard().render(HtmlReport.DEFAULT_MAX_ROWS);

    assertThat(page).contains("<td class=\"invoice\">&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;</td>")
        .doesNotContain(SCRIPT_INVOICE)
        .contains("Dupont &amp; Fils &quot;SARL&quot;")
        .doesNotContain("Dupont & Fils");
  }

  @Test
  void attributesFromTheInputCannotBreakOutOfTheirQuotes() throws IOException {
    CreditLineUse hostile = new CreditLineUse("\" onmouseover=\"alert(1)", Optional.of("<b>bold</b>"), "EUR",
        OptionalLong.of(1_000), 500, 1);
    Sample sample = Sample.standard();
    DryRunTotals totals = sample.totals();
    DryRunTotals withHostile = new DryRunTotals(totals.policy(), totals.today(), totals.invoices(), totals.outcomes(),
        totals.financed(), totals.rules(), List.of(hostile));

    String page = sample.render(HtmlReport.DEFAULT_MAX_ROWS, withHostile);

    assertThat(page).contains("data-borrower=\"&quot; onmouseover=&quot;alert(1)\"")
        .doesNotContain("\" onmouseover=\"")
        .contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold</b>");
  }

  @Test
  void keepsOnlyTheFirstRowsAndSaysSo() throws IOException {
    Sample sample = Sample.standard();

    String page = sample.render(3);

    assertThat(page).contains("Showing the first 3 of " + sample.decisions().size() + " decisions");
    assertThat(rows(page)).isEqualTo(3);
    assertThat(page).contains(">" + sample.decisions().get(2).invoice().invoiceNumber() + "<")
        .doesNotContain(">" + sample.decisions().get(3).invoice().invoiceNumber() + "<");
  }

  @Test
  void saysAllDecisionsAreShownWhenTheyFit() throws IOException {
    Sample sample = Sample.standard();

    String page = sample.render(HtmlReport.DEFAULT_MAX_ROWS);

    assertThat(page).contains("All " + sample.decisions().size() + " decisions, in input order.")
        .doesNotContain("Showing the first");
    assertThat(rows(page)).isEqualTo(sample.decisions().size());
  }

  @Test
  void saysSoWhenTheTableIsLeftOutOrTheBatchIsEmpty() throws IOException {
    Sample sample = Sample.standard();
    String withoutTable = sample.render(0);
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    new HtmlReport(empty).finish(sample.totals());

    assertThat(withoutTable).contains("The table is left out (row limit 0); the totals and charts above count all "
        + sample.decisions().size() + " decisions.").doesNotContain("<table");
    assertThat(empty.toString(StandardCharsets.UTF_8)).contains("No decisions: the batch was empty.")
        .doesNotContain("<table");
  }

  @Test
  void explainsOnlyTheRowsItShows() throws IOException {
    AtomicInteger explained = new AtomicInteger();
    Decision template = Sample.standard().decisions().get(0);
    HtmlReport report = new HtmlReport(new ByteArrayOutputStream(), 4);

    for (int i = 0; i < 1_000; i++) {
      report.decision(new Decision(template.invoice(), template.outcome(), template.rule(), template.reason(),
          template.amount(), template.payOn(), template.repayOn(), template.autoValidate(),
          template.borrowerIdentifier(), Explanation.lazy(() -> {
            explained.incrementAndGet();
            return template.explanation();
          })));
    }

    assertThat(explained).hasValue(4);
  }

  @Test
  void showsEachRowsExplanationInADetailsElement() throws IOException {
    Sample sample = Sample.standard();

    String page = sample.render(HtmlReport.DEFAULT_MAX_ROWS);

    String firstTrace = HtmlText.escape(sample.decisions().get(0).explanation().render().strip());
    assertThat(firstTrace).contains("rule &quot;not euro&quot;");
    assertThat(page).contains("<details><summary>trace</summary><pre>" + firstTrace + "</pre></details>");
  }

  @Test
  void totalsShowCountsAndMoneyGroupedWithTheCurrencysDecimals() throws IOException {
    Sample sample = Sample.standard();
    DryRunTotals totals = sample.totals();
    Map<String, Long> financed = new TreeMap<>(Map.of("EUR", 1_234_567L, "JPY", 1_234_567L, "BHD", 1_234_567L));
    DryRunTotals withMoney = new DryRunTotals(totals.policy(), totals.today(), totals.invoices(), totals.outcomes(),
        financed, totals.rules(), totals.creditLines());

    String page = sample.render(HtmlReport.DEFAULT_MAX_ROWS, withMoney);

    assertThat(page).contains("data-currency=\"EUR\" data-minor-units=\"1234567\">12,345.67 EUR</li>")
        .contains(">1,234,567 JPY</li>")
        .contains(">1,234.567 BHD</li>")
        .contains("<dd id=\"total-finance\" data-count=\"" + totals.outcomes().get(Outcome.FINANCE) + "\">");
  }

  @Test
  void groupsCountsByThousands() {
    assertThat(HtmlText.count(1_000_000)).isEqualTo("1,000,000");
  }

  @Test
  void headerNamesThePolicyAndTheRun() throws IOException {
    Sample sample = Sample.standard();
    String sha = sample.policy().sha256();

    String page = sample.render(HtmlReport.DEFAULT_MAX_ROWS);

    assertThat(page).contains("<title>Dry run of html test \u2014 Covenant</title>")
        .contains("<dd id=\"policy-version\">7</dd>")
        .contains("<code title=\"" + sha + "\">" + sha.substring(0, 12) + "</code>")
        .contains("<code>t.policy</code>")
        .contains("<time datetime=\"2026-11-20\">2026-11-20</time>")
        .contains("<dd id=\"invoice-count\">" + sample.decisions().size() + "</dd>")
        .contains("nothing was sent to Defacto");
  }

  @Test
  void drawsAtMostTwentyFiveBorrowersTheLargestFirstAndCountsTheRest() throws IOException {
    List<CreditLineUse> uses = IntStream.rangeClosed(1, 30)
        .mapToObj(i -> new CreditLineUse("B" + i, Optional.of("Borrower " + i), "EUR", OptionalLong.of(1_000_000),
            i * 1_000L, 1))
        .toList();

    String chart = HtmlCreditLineChart.section(uses);

    assertThat(count(chart, "<g class=\"bar borrower-bar\"")).isEqualTo(25);
    assertThat(chart).contains("data-borrower=\"B30\"").contains("data-borrower=\"B6\"")
        .doesNotContain("data-borrower=\"B5\"")
        .contains("and 5 more borrowers with smaller financed amounts, not drawn.");
  }

  @Test
  void saysSoWhenNoBorrowerHasACreditLine() {
    String chart = HtmlCreditLineChart.section(List.of());

    assertThat(chart).contains("No borrower has a known credit line or a financed invoice").doesNotContain("<svg");
  }

  @Test
  void creditLineBarsGiveTheAmountsInWordsAndScaleToTheAvailableBalance() {
    CreditLineUse quarter = new CreditLineUse("B1", Optional.empty(), "EUR", OptionalLong.of(400_000), 100_000, 2);
    CreditLineUse unknown = new CreditLineUse("B2", Optional.of("Two"), "EUR", OptionalLong.empty(), 7_500, 1);

    String chart = HtmlCreditLineChart.section(List.of(quarter, unknown));

    assertThat(chart).contains("1,000.00 EUR financed of 4,000.00 EUR available (25.0%), 2 invoices")
        .contains("<rect class=\"financed\" x=\"280\" y=\"38\" width=\"167.5\"")
        .contains("75.00 EUR financed (1 invoice); available balance unknown")
        .contains("<rect class=\"unknown\"");
  }

  @Test
  void ruleChartHasOneStackedBarPerRuleWithItsNumbers() throws IOException {
    Sample sample = Sample.standard();

    String chart = HtmlRuleChart.section(sample.totals().rules());

    assertThat(count(chart, "<g class=\"bar rule-bar\"")).isEqualTo(sample.totals().rules().size());
    assertThat(chart).contains("data-rule=\"tiny\" data-decided=\"0\"")
        .contains("0 decided: FINANCE 0, SKIP 0, REVIEW 0")
        .contains("data-rule=\"otherwise\"");
    RuleTotals fits = sample.totals().rules().stream().filter(r -> r.label().equals("fits")).findFirst().orElseThrow();
    assertThat(chart).contains(HtmlRuleChart.counts(fits))
        .contains("; financed " + Amounts.format(fits.financed().get("EUR"), "EUR"));
  }

  @Test
  void refusesANegativeRowLimitAndDecisionsAfterTheEnd() throws IOException {
    assertThatThrownBy(() -> new HtmlReport(new ByteArrayOutputStream(), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more, not -1");
    Sample sample = Sample.standard();
    HtmlReport report = new HtmlReport(new ByteArrayOutputStream());
    report.finish(sample.totals());

    assertThatThrownBy(() -> report.decision(sample.decisions().get(0))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("finished");
  }

  private static int rows(String page) {
    return count(page, "<tr data-outcome=");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  /**
   * A small real batch: a policy loaded from text, invoices read from Defacto-shaped JSON, decided
   * by the engine; and totals built here by hand from the decisions, as the runner would.
   */
  record Sample(CompiledPolicy policy, List<Decision> decisions, List<String> ruleNames,
      Map<String, Borrower> borrowers, Map<String, CreditLine> creditLines) {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static final String POLICY = """
        policy "html test" version 7
        borrower is invoice.seller
        timezone "Europe/Paris"

        finance {
          rule "not euro"  when invoice.currency != EUR  then skip
          rule "not ready" when borrower.status != READY then review "borrower is not READY"
          rule "fits"
            when credit_line.available >= invoice.to_pay_amount
            then finance 100% of invoice.to_pay_amount
                 auto_validate when invoice.to_pay_amount <= 1_000 EUR
          rule "tiny" when invoice.to_pay_amount < 1 EUR then skip
          otherwise skip "no credit left"
        }
        """;

    /** Rule names in the policy's order; the catch-all is added by {@link #totals}. */
    static final List<String> RULES = List.of("not euro", "not ready", "fits", "tiny");

    /** 24 invoices from four sellers: financed, skipped by rule and by the catch-all, and sent to review. */
    static Sample standard() {
      List<Borrower> borrowers = List.of(
          borrower("900100001", "Dupont & Fils \"SARL\"", "READY"),
          borrower("900100002", "Atelier Nord", "READY"),
          borrower("900100003", "Café <Sud>", "TO_SIGN"));
      List<CreditLine> lines = List.of(
          creditLine("900100001", 5_000_000),
          creditLine("900100002", 300_000));
      ObjectMapper json = new ObjectMapper();
      ArrayNode invoices = json.createArrayNode();
      for (int i = 1; i <= 24; i++) {
        String seller = "90010000" + (i % 4 + 1);
        String number = i == 5 ? SCRIPT_INVOICE : "INV-" + i;
        invoices.add(invoice(json, number, seller, i % 7 == 0 ? "GBP" : "EUR", 25_000L * i));
      }
      return of(POLICY, invoices.toString(), borrowers, lines);
    }

    static Sample of(String policyText, String invoicesJson, List<Borrower> borrowers, List<CreditLine> lines) {
      LoadResult loaded = PolicyLoader.create().load(PolicySource.of("t.policy", policyText));
      if (loaded.hasErrors()) {
        throw new AssertionError("test policy does not compile:\n" + loaded.compilation().render());
      }
      CompiledPolicy policy = loaded.policy().orElseThrow();
      List<Invoice> invoices = DefactoJson.readInvoices("x.json", invoicesJson);
      List<Decision> decisions = policy.decideAll(invoices, DecisionInputs.of(borrowers, lines).withToday(TODAY))
          .decisions();
      Map<String, Borrower> byId = new LinkedHashMap<>();
      borrowers.forEach(b -> byId.put(b.identifier(), b));
      Map<String, CreditLine> linesById = new LinkedHashMap<>();
      lines.forEach(l -> linesById.put(l.borrowerIdentifier(), l));
      return new Sample(policy, decisions, RULES, byId, linesById);
    }

    static ObjectNode invoice(ObjectMapper json, String number, String seller, String currency, long toPayCents) {
      ObjectNode invoice = json.createObjectNode()
          .put("invoice_number", number)
          .put("currency", currency)
          .put("issued_at", "2026-11-01T09:00:00+01:00")
          .put("due_at", "2026-12-15T09:00:00+01:00")
          .put("net_amount", toPayCents * 5 / 6)
          .put("tax_amount", toPayCents - toPayCents * 5 / 6)
          .put("total_amount", toPayCents)
          .put("to_pay_amount", toPayCents);
      ObjectNode buyer = invoice.putObject("buyer").put("name", "Buyer of " + number)
          .put("identifier", "80020000" + number.length()).put("identifier_type", "siren");
      buyer.putObject("address").put("country", "FRA");
      invoice.putObject("seller").put("name", "Seller " + seller).put("identifier", seller)
          .put("identifier_type", "siren");
      invoice.putObject("to_account").put("account_number", "FR7600000000000000000000001")
          .put("bank_identifier", "TESTFRPP");
      return invoice;
    }

    static Borrower borrower(String identifier, String name, String status) {
      return new Borrower(Optional.empty(), identifier, Optional.of("siren"), Optional.of(name), Optional.of(status),
          Optional.empty(), Optional.empty());
    }

    static CreditLine creditLine(String borrower, long availableCents) {
      return new CreditLine(Optional.empty(), borrower, "EUR", OptionalLong.of(availableCents * 2),
          OptionalLong.of(availableCents), 0, 0, Optional.empty());
    }

    /** What the runner computes, recomputed here from the decisions themselves. */
    DryRunTotals totals() {
      Map<Outcome, Long> outcomes = emptyOutcomes();
      Map<String, Long> financed = new TreeMap<>();
      Map<String, Map<Outcome, Long>> ruleOutcomes = new LinkedHashMap<>();
      Map<String, Map<String, Long>> ruleFinanced = new LinkedHashMap<>();
      for (String rule : ruleNames) {
        ruleOutcomes.put(rule, emptyOutcomes());
        ruleFinanced.put(rule, new TreeMap<>());
      }
      ruleOutcomes.put("otherwise", emptyOutcomes());
      ruleFinanced.put("otherwise", new TreeMap<>());
      Map<String, long[]> perBorrower = new TreeMap<>();
      creditLines.keySet().forEach(id -> perBorrower.put(id, new long[2]));
      for (Decision decision : decisions) {
        String rule = decision.rule().orElse("otherwise");
        outcomes.merge(decision.outcome(), 1L, Long::sum);
        ruleOutcomes.get(rule).merge(decision.outcome(), 1L, Long::sum);
        if (decision.amount().isPresent()) {
          Money amount = decision.amount().get();
          financed.merge(amount.currency(), amount.minorUnits(), Long::sum);
          ruleFinanced.get(rule).merge(amount.currency(), amount.minorUnits(), Long::sum);
          long[] use = perBorrower.computeIfAbsent(decision.borrowerIdentifier().orElseThrow(), id -> new long[2]);
          use[0] += amount.minorUnits();
          use[1]++;
        }
      }
      List<RuleTotals> rules = new ArrayList<>();
      ruleOutcomes.forEach((rule, counts) -> rules.add(new RuleTotals(
          rule.equals("otherwise") ? Optional.empty() : Optional.of(rule), rule, counts, ruleFinanced.get(rule))));
      List<CreditLineUse> uses = new ArrayList<>();
      perBorrower.forEach((id, use) -> {
        CreditLine line = creditLines.get(id);
        uses.add(new CreditLineUse(id, Optional.ofNullable(borrowers.get(id)).flatMap(Borrower::name),
            line == null ? "EUR" : line.currency(), line == null ? OptionalLong.empty() : line.balanceAvailable(),
            use[0], use[1]));
      });
      return new DryRunTotals(PolicyIdentity.of(policy), TODAY, decisions.size(), outcomes, financed, rules, uses);
    }

    String render(int maxRows) throws IOException {
      return render(maxRows, totals());
    }

    String render(int maxRows, DryRunTotals totals) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      HtmlReport report = new HtmlReport(out, maxRows);
      for (Decision decision : decisions) {
        report.decision(decision);
      }
      report.finish(totals);
      return out.toString(StandardCharsets.UTF_8);
    }

    long count(Outcome outcome) {
      return decisions.stream().filter(d -> d.outcome() == outcome).count();
    }

    private static Map<Outcome, Long> emptyOutcomes() {
      Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
      for (Outcome outcome : Outcome.values()) {
        counts.put(outcome, 0L);
      }
      return counts;
    }
  }
}
