package dev.covenant.samples.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.Decision;
import dev.covenant.core.Outcome;
import dev.covenant.core.model.Money;
import dev.covenant.samples.dryrun.ChromiumDom.Element;
import dev.covenant.samples.dryrun.HtmlReportTest.Sample;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as a person sees it: rendered by a real headless Chromium, read back from the
 * DOM the browser built and from a screenshot. Skipped, with the reason, where Chromium is not
 * installed.
 */
class HtmlReportBrowserTest {
  private static final Path WORK = Path.of("target", "html-report-browser");

  private static ChromiumBrowser chromium;
  private static Sample sample;
  private static Element page;

  /** Per test rather than per class, so that each test is reported as skipped, with the reason. */
  @BeforeEach
  void renderInChromium() throws IOException, InterruptedException {
    chromium = ChromiumBrowser.require(WORK.resolve("chromium"));
    if (page == null) {
      sample = Sample.standard();
      page = ChromiumDom.parse(chromium.dumpDom(write("report.html", sample.render(HtmlReport.DEFAULT_MAX_ROWS))));
    }
  }

  @Test
  void theTotalsShownAreTheTotalsOfTheDecisions() {
    List<Decision> decisions = sample.decisions();

    assertThat(number(page.byId("total-invoices"))).isEqualTo(decisions.size());
    for (Outcome outcome : Outcome.values()) {
      long counted = decisions.stream().filter(d -> d.outcome() == outcome).count();
      assertThat(number(page.byId("total-" + outcome.name().toLowerCase()))).as(outcome.name()).isEqualTo(counted);
    }
    Map<String, BigDecimal> financed = decisions.stream().flatMap(d -> d.amount().stream())
        .collect(Collectors.groupingBy(Money::currency, TreeMap::new,
            Collectors.reducing(BigDecimal.ZERO, Money::majorUnits, BigDecimal::add)));
    Map<String, BigDecimal> shown = new TreeMap<>();
    for (Element item : page.byId("financed").all("li")) {
      String[] amountAndCurrency = item.text().split(" ");
      shown.put(amountAndCurrency[1], new BigDecimal(amountAndCurrency[0].replace(",", "")));
    }
    assertThat(financed).isNotEmpty();
    assertThat(shown).isEqualTo(financed);
  }

  @Test
  void theCreditLineChartHasOneBarPerBorrowerWithItsFinancedAmount() {
    Map<String, Long> financedPerBorrower = new HashMap<>();
    sample.creditLines().keySet().forEach(id -> financedPerBorrower.put(id, 0L));
    for (Decision decision : sample.decisions()) {
      decision.amount().ifPresent(amount -> financedPerBorrower.merge(decision.borrowerIdentifier().orElseThrow(),
          amount.minorUnits(), Long::sum));
    }
    Element chart = page.byId("credit-line-chart");
    List<Element> bars = chart.all(e -> e.hasClass("borrower-bar"));

    assertThat(chart.all("title").get(0).text()).isEqualTo("Credit-line use per borrower");
    assertThat(bars).extracting(bar -> bar.attribute("data-borrower").orElseThrow())
        .containsExactlyInAnyOrderElementsOf(financedPerBorrower.keySet());
    for (Element bar : bars) {
      String borrower = bar.attribute("data-borrower").orElseThrow();
      assertThat(bar.all(e -> e.hasClass("amounts")).get(0).text()).as(borrower)
          .startsWith(Amounts.format(financedPerBorrower.get(borrower), "EUR") + " financed");
    }
  }

  @Test
  void theRuleChartHasOneStackedBarPerRuleCountingItsDecisions() {
    Element chart = page.byId("rule-chart");
    List<Element> bars = chart.all(e -> e.hasClass("rule-bar"));

    assertThat(bars).extracting(Element::text).allSatisfy(text -> assertThat(text).contains(" decided: FINANCE "));
    assertThat(bars).extracting(bar -> bar.attribute("data-rule").orElseThrow())
        .containsExactly("not euro", "not ready", "fits", "tiny", "otherwise");
    for (Element bar : bars) {
      String rule = bar.attribute("data-rule").orElseThrow();
      List<Decision> decided = sample.decisions().stream()
          .filter(d -> d.rule().orElse("otherwise").equals(rule)).toList();
      assertThat(bar.all(e -> e.hasClass("amounts")).get(0).text()).as(rule).startsWith(decided.size() + " decided");
      for (Outcome outcome : Outcome.values()) {
        long counted = decided.stream().filter(d -> d.outcome() == outcome).count();
        assertThat(bar.all(e -> e.name().equals("rect") && e.hasClass(outcome.name().toLowerCase()))).as(rule)
            .hasSize(counted == 0 ? 0 : 1);
      }
    }
  }

  @Test
  void theTableHasOneRowPerDecisionInInputOrderWithInvoiceNumbersAsText() {
    List<Element> rows = page.byId("decisions").all("tbody").get(0).all("tr");

    assertThat(rows).hasSize(sample.decisions().size());
    assertThat(rows).extracting(row -> row.all("td").get(1).text())
        .containsExactlyElementsOf(sample.decisions().stream().map(d -> d.invoice().invoiceNumber()).toList());
    assertThat(rows).extracting(row -> row.all("td").get(4).text())
        .containsExactlyElementsOf(sample.decisions().stream().map(d -> d.outcome().name()).toList());
    assertThat(rows).extracting(row -> row.all("td").get(1).text()).contains(HtmlReportTest.SCRIPT_INVOICE);
    assertThat(page.all("script")).isEmpty();
    assertThat(page.byId("table-note").text())
        .isEqualTo("All " + sample.decisions().size() + " decisions, in input order.");
  }

  @Test
  void aTruncatedTableShowsTheFirstRowsAndSaysHowManyThereWere() throws IOException, InterruptedException {
    Element truncated = ChromiumDom.parse(chromium.dumpDom(write("truncated.html", sample.render(5))));

    assertThat(truncated.byId("decisions").all("tbody").get(0).all("tr")).hasSize(5);
    assertThat(truncated.byId("table-note").text()).startsWith(
        "Showing the first 5 of " + sample.decisions().size() + " decisions");
    assertThat(number(truncated.byId("total-invoices"))).isEqualTo(sample.decisions().size());
  }

  @Test
  void rendersToAPictureInWhichTheChartsArePainted() throws IOException, InterruptedException {
    // No table, so the outcome colours on the page come from the charts (and small legend swatches).
    Path html = write("charts-only.html", sample.render(0));
    BufferedImage image = ImageIO.read(chromium.screenshot(html, WORK.resolve("charts-only.png"), 1280, 2000).toFile());

    Map<Integer, Integer> pixels = new HashMap<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        pixels.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
      }
    }

    assertThat(pixels.size()).as("distinct colours").isGreaterThan(10);
    // A 14 px legend swatch is 196 pixels; bars are hundreds of pixels long.
    assertThat(pixels.getOrDefault(rgb(HtmlCreditLineChart.FINANCED_COLOUR), 0)).isGreaterThan(2_000);
    assertThat(pixels.getOrDefault(rgb(HtmlText.FINANCE_COLOUR), 0)).isGreaterThan(2_000);
    assertThat(pixels.getOrDefault(rgb(HtmlText.SKIP_COLOUR), 0)).isGreaterThan(2_000);
  }

  private static long number(Element element) {
    return Long.parseLong(element.text().replace(",", ""));
  }

  private static int rgb(String hex) {
    return Integer.parseInt(hex.substring(1), 16);
  }

  private static Path write(String name, String html) throws IOException {
    Files.createDirectories(WORK);
    return Files.writeString(WORK.resolve(name), html, StandardCharsets.UTF_8).toAbsolutePath();
  }
}
