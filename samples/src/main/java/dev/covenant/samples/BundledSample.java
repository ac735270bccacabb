package dev.covenant.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample {@code dry-run} decides with no arguments: a policy and its data, bundled in the
 * runner's jar (see samples/pom.xml) and copied to a temporary folder, so it works from any
 * directory. The data's {@code today} is fixed so the sample decides the same on any day.
 */
record BundledSample(Path policy, List<Path> invoices, Path creditLines, Path borrowers, LocalDate today) {
  static final String POLICY = "policies/marketplace-receivables.policy";
  static final List<String> INVOICES = List.of("data/marketplace-receivables/invoices.json");
  static final String CREDIT_LINES = "data/credit-lines.json";
  static final String BORROWERS = "data/borrowers.json";
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  static BundledSample extract() throws IOException {
    Path dir = Files.createTempDirectory("covenant-sample");
    dir.toFile().deleteOnExit();
    List<Path> invoices = new ArrayList<>();
    for (String invoice : INVOICES) {
      invoices.add(copy(invoice, dir));
    }
    return new BundledSample(copy(POLICY, dir), invoices, copy(CREDIT_LINES, dir), copy(BORROWERS, dir), TODAY);
  }

  String describe() {
    return "policy samples/" + POLICY + " on samples/" + String.join(", samples/", INVOICES) + " (today " + today + ")";
  }

  private static Path copy(String resource, Path dir) throws IOException {
    Path target = dir.resolve(resource);
    Files.createDirectories(target.getParent());
    try (InputStream in = BundledSample.class.getResourceAsStream("/bundled/" + resource)) {
      if (in == null) {
        throw new IOException("the runner's jar lacks bundled/" + resource + "; rebuild it with ./covenant");
      }
      Files.copy(in, target);
    }
    target.toFile().deleteOnExit();
    return target;
  }
}
