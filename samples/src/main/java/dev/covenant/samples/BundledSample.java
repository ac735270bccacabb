package dev.covenant.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The sample {@code dry-run} decides with no arguments ({@link SampleData}'s defaults), bundled in
 * the runner's jar (see samples/pom.xml) and copied to a temporary folder, so it works from any
 * directory and on any day.
 */
record BundledSample(Path policy, Path invoices, Path creditLines, Path borrowers, LocalDate today) {

  static BundledSample extract() throws IOException {
    Path dir = Files.createTempDirectory("covenant-sample");
    dir.toFile().deleteOnExit();
    return new BundledSample(copy("policies/" + SampleData.DEFAULT_POLICY, dir),
        copy("data/" + SampleData.DEFAULT_INVOICES, dir), copy("data/" + SampleData.CREDIT_LINES, dir),
        copy("data/" + SampleData.BORROWERS, dir), SampleData.TODAY);
  }

  /** How reports name the bundled policy. */
  String policyName() {
    return "samples/policies/" + SampleData.DEFAULT_POLICY + " (bundled)";
  }

  String describe() {
    return "policy samples/policies/" + SampleData.DEFAULT_POLICY + " on samples/data/" + SampleData.DEFAULT_INVOICES
        + ", today " + today;
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
    // Deleted children first: deleteOnExit runs in reverse order of registration.
    target.getParent().toFile().deleteOnExit();
    target.toFile().deleteOnExit();
    return target;
  }
}
