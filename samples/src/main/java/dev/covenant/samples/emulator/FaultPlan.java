package dev.covenant.samples.emulator;

/**
 * Transport faults the emulator injects, per route: latency, a 500, a 504 before or after the
 * request took effect, a 429 with {@code Retry-After}, a connection reset. Immutable.
 *
 * <p>The text form ({@code --faults}) is a list of rules separated by {@code ;}, each a route
 * and its faults: {@code ROUTE=FAULT[,FAULT...]}. A route is a method and a path where
 * {@code *} matches one path segment ({@code POST /loans}, {@code GET /loan/*}), or {@code *}
 * for every route. A fault is a kind and a share of the calls, {@code KIND:PERCENT%}:
 * {@code 500}, {@code 504} (answered before anything happens), {@code 504-after} (the call took
 * effect, then 504, as Defacto does when a loan creation outlasts its 30 s), {@code 429}
 * (optionally {@code 429:5%:retry-after=2}), {@code reset}, {@code reset-after}, and
 * {@code latency:200ms} (every call) or {@code latency:2s:10%}. Example:
 * {@code POST /loans=504-after:20%,reset:10%,429:5%;*=latency:20ms}.
 */
public final class FaultPlan {
  // TODO(emulator): implemented by the emulator work.
  private FaultPlan() {}

  /** No fault. */
  public static FaultPlan none() {
    return new FaultPlan();
  }

  /**
   * Reads the text form.
   *
   * @param seed draws which calls fail; the same seed and the same calls in the same order fail alike
   * @throws IllegalArgumentException naming the rule and what is wrong with it
   */
  public static FaultPlan parse(String spec, long seed) {
    throw new UnsupportedOperationException("TODO");
  }
}
