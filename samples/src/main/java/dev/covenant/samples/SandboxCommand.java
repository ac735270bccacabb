package dev.covenant.samples;

import dev.covenant.samples.emulator.DefactoEmulator;
import dev.covenant.samples.emulator.FaultPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code covenant sandbox}: Defacto's sandbox, emulated on this machine, until interrupted. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = {
      "Starts an emulator of Defacto's sandbox API on 127.0.0.1 and runs until interrupted (Ctrl-C).",
      "Point the connector at it with DefactoClient.builder().baseUrl(URI.create(\"http://127.0.0.1:PORT\")).",
      "Without --api-key any non-empty Bearer key is accepted. Each call is logged on one line to stdout.",
      "Faults, such as --faults 'POST /loans=504-after:20%,reset:10%;*=latency:20ms', test retries."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:bad usage, or a seed file that cannot be read"})
final class SandboxCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8089", paramLabel = "N",
      description = "the port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--api-key", paramLabel = "KEY", description = "the only API key accepted (default: any)")
  Optional<String> apiKey;

  @Option(names = "--faults", paramLabel = "SPEC", description = "faults to inject, as ROUTE=KIND:PERCENT%%,...;...")
  Optional<String> faults;

  @Option(names = "--faults-seed", defaultValue = "1", paramLabel = "N",
      description = "the seed of which calls fail (default: ${DEFAULT-VALUE})")
  long faultsSeed;

  @Option(names = "--seed-borrowers", paramLabel = "FILE", description = "a GET /borrowers page to start with")
  Optional<Path> seedBorrowers;

  @Option(names = "--seed-credit-lines", paramLabel = "FILE", description = "a GET /credit_lines page to start with")
  Optional<Path> seedCreditLines;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Told the emulator once it listens: how tests reach it. */
  private final Consumer<DefactoEmulator> onStarted;
  /** Counted down to stop; nothing does outside tests, so the command runs until the JVM is interrupted. */
  private final CountDownLatch stop;

  SandboxCommand() {
    this(emulator -> { }, new CountDownLatch(1));
  }

  SandboxCommand(Consumer<DefactoEmulator> onStarted, CountDownLatch stop) {
    this.onStarted = onStarted;
    this.stop = stop;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      return usage(err, "--port must be from 0 to 65535, got " + port);
    }
    if (seedBorrowers.isPresent() != seedCreditLines.isPresent()) {
      return usage(err, "--seed-borrowers and --seed-credit-lines go together");
    }
    if (apiKey.filter(String::isBlank).isPresent()) {
      return usage(err, "--api-key must not be blank");
    }
    FaultPlan plan;
    try {
      plan = faults.map(spec -> FaultPlan.parse(spec, faultsSeed)).orElse(FaultPlan.none());
    } catch (IllegalArgumentException badFaults) {
      return usage(err, "--faults: " + badFaults.getMessage());
    }
    DefactoEmulator.Builder builder = DefactoEmulator.builder().port(port).faults(plan).requestLog(line -> {
      out.println(line);
      out.flush();
    });
    apiKey.ifPresent(builder::apiKey);
    DefactoEmulator emulator;
    try {
      emulator = builder.start();
    } catch (IOException cannotListen) {
      return usage(err, "cannot listen on port " + port + ": " + cannotListen.getMessage());
    }
    try {
      if (seedBorrowers.isPresent()) {
        emulator.seed(seedBorrowers.get(), seedCreditLines.orElseThrow());
      }
    } catch (IOException badSeed) {
      emulator.close();
      return usage(err, "cannot seed: " + badSeed.getMessage());
    }
    Thread closer = new Thread(emulator::close, "defacto-emulator-shutdown");
    Runtime.getRuntime().addShutdownHook(closer);
    out.println("Defacto sandbox emulator listening on " + emulator.baseUrl());
    out.println("Point the connector at it: DefactoClient.builder().baseUrl(URI.create(\"" + emulator.baseUrl()
        + "\"))");
    out.println(apiKey.isPresent() ? "Only the --api-key given is accepted as Bearer key."
        : "Any non-empty Bearer API key is accepted (no --api-key given).");
    if (!faults.isEmpty()) {
      out.println("Faults: " + plan + " (seed " + faultsSeed + ")");
    }
    out.println("Ctrl-C stops it.");
    out.flush();
    onStarted.accept(emulator);
    try {
      stop.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    emulator.close();
    try {
      Runtime.getRuntime().removeShutdownHook(closer);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already stopping: the hook closes the emulator again, which is harmless.
    }
    return ExitCodes.OK;
  }

  private static int usage(PrintWriter err, String message) {
    err.println("covenant sandbox: " + message);
    err.flush();
    return ExitCodes.USAGE;
  }
}
