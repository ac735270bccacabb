package dev.covenant.samples.dryrun;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Chromium, headless, for tests that must see a page as a browser renders it. Found as
 * {@code $CHROMIUM}, or {@code chromium} or {@code chromium-browser} on the {@code PATH}; a test
 * that needs it is skipped, with the reason, where none is installed.
 */
final class ChromiumBrowser {
  /** A hung browser must fail the test, not the build's time limit. */
  static final long TIMEOUT_SECONDS = 60;

  private static final List<String> NAMES = List.of("chromium", "chromium-browser");

  private final Path executable;
  private final Path workDirectory;

  private ChromiumBrowser(Path executable, Path workDirectory) {
    this.executable = executable;
    this.workDirectory = workDirectory;
  }

  /** The installed browser, working under {@code workDirectory}; skips the calling test when there is none. */
  static ChromiumBrowser require(Path workDirectory) {
    Optional<Path> found = find();
    String configured = System.getenv("CHROMIUM");
    Assumptions.assumeTrue(found.isPresent(), () -> "chromium not installed: "
        + (configured == null || configured.isBlank()
            ? "no chromium or chromium-browser on the PATH"
            : "CHROMIUM=" + configured + " is not an executable file")
        + " (on Debian: apt-get install chromium)");
    return new ChromiumBrowser(found.get(), workDirectory);
  }

  static Optional<Path> find() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String name : NAMES) {
      for (String directory : pathVariable.split(File.pathSeparator)) {
        if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, name))) {
          return Optional.of(Path.of(directory, name));
        }
      }
    }
    return Optional.empty();
  }

  /** The page's DOM after loading, as Chromium serializes it. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** A PNG of the page in a window of the given size. */
  Path screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars",
        page.toUri().toString()));
    if (!Files.isRegularFile(png)) {
      throw new AssertionError("chromium wrote no screenshot at " + png);
    }
    return png;
  }

  private String run(List<String> arguments) throws IOException, InterruptedException {
    Files.createDirectories(workDirectory);
    // A fresh profile per run, so no state of an earlier run or of a person's browser leaks in.
    Path profile = Files.createTempDirectory(workDirectory, "profile-");
    Path stdout = workDirectory.resolve(profile.getFileName() + ".out");
    Path stderr = workDirectory.resolve(profile.getFileName() + ".err");
    List<String> command = new ArrayList<>(List.of(executable.toString(),
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        // The build machine has no network; without these Chromium keeps trying to reach Google.
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath()));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command
            + "\n" + tail(stderr));
      }
      if (process.exitValue() != 0) {
        throw new AssertionError("chromium exited with " + process.exitValue() + ": " + command + "\n" + tail(stderr));
      }
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      if (process.isAlive()) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      deleteTree(profile);
    }
  }

  private static String tail(Path file) throws IOException {
    List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Chromium's helpers may still be closing files; the profile is under target/ and goes with mvn clean.
    }
  }
}
