package dev.covenant.samples;

import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.DefactoClientBuilder;
import dev.covenant.defacto.Sleeper;
import dev.covenant.defacto.execution.PollingBudget;
import dev.covenant.samples.emulator.DefactoEmulator;
import dev.covenant.samples.emulator.EmulatorClock;
import dev.covenant.samples.emulator.FaultPlan;
import dev.covenant.samples.emulator.Timeline;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where {@code execute} and {@code first-loan} send their calls: the embedded emulator (the
 * default, started in this process and stopped with the target) or a Defacto host given by
 * {@code --base-url}, with the key from {@code DEFACTO_API_KEY}.
 */
final class DefactoTarget implements AutoCloseable {
  static final String API_KEY_VARIABLE = "DEFACTO_API_KEY";
  /** Defacto's production host: reaching it moves real money, so the commands ask for a second flag. */
  static final String PRODUCTION_HOST = "api.getdefacto.com";

  /** The process environment; tests replace it to pass a key without a real environment variable. */
  static Supplier<Map<String, String>> environment = System::getenv;

  private final DefactoClient client;
  private final Optional<DefactoEmulator> emulator;
  private final Optional<EmulatorClock> emulatorClock;
  private final Sleeper sleeper;
  private final String description;
  private final PollingBudget polling;

  private DefactoTarget(DefactoClient client, Optional<DefactoEmulator> emulator, Optional<EmulatorClock> emulatorClock,
      Sleeper sleeper, String description, PollingBudget polling) {
    this.client = client;
    this.emulator = emulator;
    this.emulatorClock = emulatorClock;
    this.sleeper = sleeper;
    this.description = description;
    this.polling = polling;
  }

  /**
   * Starts an emulator and a client of it, on the system clock. The emulator's loans move on a
   * short timeline (a decision 100 ms after the request), so the executor polls it briefly.
   *
   * @param seed a GET /borrowers page and a GET /credit_lines page to register first, if any
   */
  static DefactoTarget embedded(Optional<Seed> seed, Optional<String> faults, long faultSeed) throws IOException {
    DefactoEmulator.Builder builder = DefactoEmulator.builder()
        .timeline(new Timeline(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(500)));
    if (faults.isPresent()) {
      builder.faults(FaultPlan.parse(faults.get(), faultSeed));
    }
    return start(builder, seed, Optional.empty(), Sleeper.THREAD,
        new PollingBudget(8, Duration.ofSeconds(30), Duration.ofMillis(120), Duration.ofSeconds(1)));
  }

  /**
   * Starts an emulator on a clock that waiting moves forward instead of sleeping, with the
   * sandbox's timeline: a walk through a loan's life takes no time, yet shows its real steps.
   */
  static DefactoTarget embeddedOnItsOwnClock() throws IOException {
    EmulatorClock clock = EmulatorClock.at(Instant.now());
    DefactoEmulator.Builder builder = DefactoEmulator.builder().clock(clock).timeline(Timeline.sandbox());
    return start(builder, Optional.empty(), Optional.of(clock), clock::advance, PollingBudget.defaults());
  }

  private static DefactoTarget start(DefactoEmulator.Builder builder, Optional<Seed> seed,
      Optional<EmulatorClock> clock, Sleeper sleeper, PollingBudget polling) throws IOException {
    DefactoEmulator emulator = builder.start();
    try {
      if (seed.isPresent()) {
        emulator.seed(seed.get().borrowers(), seed.get().creditLines());
      }
      // The emulator takes any key; a random one keeps even this one out of reach of a log.
      String key = "emulator-" + UUID.randomUUID();
      DefactoClient client = DefactoClient.builder().baseUrl(emulator.baseUrl()).apiKey(() -> key)
          .sleeper(sleeper).clock(clock.map(c -> (Clock) c).orElse(Clock.systemUTC())).build();
      return new DefactoTarget(client, Optional.of(emulator), clock, sleeper,
          "the embedded Defacto emulator (" + emulator.baseUrl() + ")", polling);
    } catch (IOException | RuntimeException e) {
      emulator.close();
      throw e;
    }
  }

  /**
   * A client of the Defacto host at {@code baseUrl}, keyed by {@code DEFACTO_API_KEY}.
   *
   * @throws TargetException without a key, or for production without {@code allowProduction}
   */
  static DefactoTarget remote(URI baseUrl, boolean allowProduction) {
    if (!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme())) {
      throw new TargetException("--base-url must be an http(s) URL, got " + baseUrl);
    }
    if (PRODUCTION_HOST.equalsIgnoreCase(baseUrl.getHost()) && !allowProduction) {
      throw new TargetException(baseUrl + " is Defacto's production: loans there move real money. "
          + "Add --production if that is what you mean");
    }
    String key = Optional.ofNullable(environment.get().get(API_KEY_VARIABLE)).map(String::strip)
        .filter(k -> !k.isEmpty())
        .orElseThrow(() -> new TargetException("set " + API_KEY_VARIABLE + " to your Defacto API key to call "
            + baseUrl + " (sandbox and production keys differ)"));
    DefactoClientBuilder builder = DefactoClient.builder().baseUrl(baseUrl).apiKey(() -> key);
    return new DefactoTarget(builder.build(), Optional.empty(), Optional.empty(), Sleeper.THREAD, baseUrl.toString(),
        PollingBudget.defaults());
  }

  DefactoClient client() {
    return client;
  }

  Optional<DefactoEmulator> emulator() {
    return emulator;
  }

  /** Where the calls go, for people: never the key. */
  String description() {
    return description;
  }

  /** How long the executor reads a pending loan again on this target. */
  PollingBudget polling() {
    return polling;
  }

  /** How to wait on this target: real sleeps, or moving the emulator's own clock. */
  Sleeper sleeper() {
    return sleeper;
  }

  /** The emulator's clock, when the target is an emulator on its own clock. */
  Optional<EmulatorClock> emulatorClock() {
    return emulatorClock;
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      emulator.ifPresent(DefactoEmulator::close);
    }
  }

  /** The files that register borrowers and credit lines on the emulator. */
  record Seed(Path borrowers, Path creditLines) {}

  /** A target that cannot be reached as asked: one line for the user, exit code 2. */
  static final class TargetException extends RuntimeException {
    TargetException(String message) {
      super(message);
    }
  }
}
