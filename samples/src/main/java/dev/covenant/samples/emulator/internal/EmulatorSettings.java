package dev.covenant.samples.emulator.internal;

import dev.covenant.samples.emulator.EmulatedLoan;
import dev.covenant.samples.emulator.Timeline;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** What an emulator was built with. */
public record EmulatorSettings(int port, Optional<String> apiKey, Clock clock, Timeline timeline, FaultRules faults,
    long creditLinePool, Consumer<String> requestLog, Consumer<EmulatedLoan> onLoanCreated) {
  public EmulatorSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(faults, "faults");
    Objects.requireNonNull(requestLog, "requestLog");
    Objects.requireNonNull(onLoanCreated, "onLoanCreated");
  }
}
