package dev.covenant.samples.emulator;

import dev.covenant.samples.emulator.internal.FaultRules;
import java.util.Objects;

/**
 * Transport faults the emulator injects, per route: latency, a 500, a 504 before or after the
 * request took effect, a 429 with {@code Retry-After}, a connection reset. Immutable (the draws
 * of which calls fail are the plan's own, shared by the emulators it is given to).
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
 *
 * <p>Each call draws once among 500, 504, 504-after, 429, reset and reset-after, so at most one
 * of them applies; their shares within a rule must add up to at most 100%. When several rules
 * match a call, their latencies add up and their shares are drawn in the order the rules are
 * written. {@code 100%} makes a fault certain, which is how tests make it deterministic.
 */
public final class FaultPlan {
  private static final FaultPlan NONE = new FaultPlan(FaultRules.none());

  private final FaultRules rules;

  private FaultPlan(FaultRules rules) {
    this.rules = rules;
  }

  /** No fault. */
  public static FaultPlan none() {
    return NONE;
  }

  /**
   * Reads the text form; a blank text is no fault.
   *
   * @param seed draws which calls fail; the same seed and the same calls in the same order fail alike
   * @throws IllegalArgumentException naming the rule and what is wrong with it
   */
  public static FaultPlan parse(String spec, long seed) {
    return new FaultPlan(FaultRules.parse(Objects.requireNonNull(spec, "spec"), seed));
  }

  FaultRules rules() {
    return rules;
  }

  /** The rules as written, or {@code no faults}. */
  @Override
  public String toString() {
    return rules.toString();
  }
}
