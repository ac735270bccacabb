package dev.covenant.samples.dryrun;

/** Placeholder until the HTML report lands from its branch. */
public final class HtmlReport implements DecisionReport {
  public HtmlReport(java.io.Writer out, int maxRows) {}

  @Override
  public void decision(dev.covenant.core.Decision decision) {}

  @Override
  public void finish(DryRunTotals totals) {}
}
