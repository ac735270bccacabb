package dev.covenant.samples.emulator.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * The parsed form of a fault plan, and the draws that decide which calls fail. Thread-safe: the
 * draws share one seeded {@link Random}, so the same seed and the same calls in the same order
 * fail alike.
 */
public final class FaultRules {
  /** What a call suffers. */
  public enum Kind {
    ERROR_500("500"),
    TIMEOUT_504("504"),
    TIMEOUT_504_AFTER("504-after"),
    RATE_LIMIT_429("429"),
    RESET("reset"),
    RESET_AFTER("reset-after");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    /** The name as the text form writes it, such as {@code 504-after}. */
    public String text() {
      return text;
    }

    /** Whether the call takes effect before the fault shows. */
    public boolean after() {
      return this == TIMEOUT_504_AFTER || this == RESET_AFTER;
    }
  }

  /** One of the exclusive faults, with its share of the calls in percent. */
  record Share(Kind kind, double percent, int retryAfterSeconds) {}

  /** A latency fault: every call when {@code percent} is 100. */
  record Latency(Duration delay, double percent) {}

  record Rule(String text, String method, List<String> segments, List<Share> shares, List<Latency> latencies) {
    boolean matches(String requestMethod, String path) {
      if (!method.equals("*") && !method.equalsIgnoreCase(requestMethod)) {
        return false;
      }
      if (segments.isEmpty()) {
        return true;
      }
      List<String> parts = segmentsOf(path);
      if (parts.size() != segments.size()) {
        return false;
      }
      for (int i = 0; i < parts.size(); i++) {
        if (!segments.get(i).equals("*") && !segments.get(i).equals(parts.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * What befalls one call: a delay to sleep first, and at most one exclusive fault.
   *
   * @param retryAfterSeconds the {@code Retry-After} of a 429
   */
  public record Draw(Duration delay, Optional<Kind> kind, int retryAfterSeconds) {
    static final Draw NONE = new Draw(Duration.ZERO, Optional.empty(), 0);
  }

  private static final FaultRules NONE = new FaultRules(List.of(), 0);

  private final List<Rule> rules;
  private final Random random;

  private FaultRules(List<Rule> rules, long seed) {
    this.rules = List.copyOf(rules);
    this.random = new Random(seed);
  }

  public static FaultRules none() {
    return NONE;
  }

  /** Whether no rule was given. */
  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * Reads the text form documented on {@code FaultPlan}.
   *
   * @throws IllegalArgumentException naming the rule at fault and why
   */
  public static FaultRules parse(String spec, long seed) {
    Objects.requireNonNull(spec, "spec");
    List<Rule> rules = new ArrayList<>();
    for (String raw : spec.split(";")) {
      String text = raw.strip();
      if (!text.isEmpty()) {
        rules.add(rule(text));
      }
    }
    return new FaultRules(rules, seed);
  }

  private static Rule rule(String text) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      throw bad(text, "expected ROUTE=FAULT[,FAULT...], such as 'POST /loans=504-after:20%'");
    }
    String route = text.substring(0, equals).strip();
    String method;
    List<String> segments;
    if (route.equals("*")) {
      method = "*";
      segments = List.of();
    } else {
      String[] parts = route.split("\\s+");
      if (parts.length != 2 || !parts[1].startsWith("/")) {
        throw bad(text, "a route is '*' or a method and a path, such as 'GET /loan/*'");
      }
      if (!parts[0].equals("*") && !parts[0].matches("[A-Za-z]+")) {
        throw bad(text, "'" + parts[0] + "' is no HTTP method");
      }
      method = parts[0].toUpperCase(Locale.ROOT);
      segments = segmentsOf(parts[1]);
    }
    List<Share> shares = new ArrayList<>();
    List<Latency> latencies = new ArrayList<>();
    String faults = text.substring(equals + 1).strip();
    if (faults.isEmpty()) {
      throw bad(text, "no fault after '='");
    }
    for (String fault : faults.split(",")) {
      fault(text, fault.strip(), shares, latencies);
    }
    double total = shares.stream().mapToDouble(Share::percent).sum();
    if (total > 100.0 + 1e-9) {
      throw bad(text, "the shares of 500, 504, 504-after, 429, reset and reset-after add up to " + total
          + "%, more than 100%");
    }
    return new Rule(text, method, segments, List.copyOf(shares), List.copyOf(latencies));
  }

  private static void fault(String rule, String fault, List<Share> shares, List<Latency> latencies) {
    String[] parts = fault.split(":");
    String kindText = parts[0].strip().toLowerCase(Locale.ROOT);
    if (kindText.equals("latency")) {
      if (parts.length < 2 || parts.length > 3) {
        throw bad(rule, "latency is 'latency:DURATION' or 'latency:DURATION:PERCENT%', got '" + fault + "'");
      }
      double percent = parts.length == 3 ? percent(rule, parts[2]) : 100;
      latencies.add(new Latency(duration(rule, parts[1].strip()), percent));
      return;
    }
    Kind kind = null;
    for (Kind candidate : Kind.values()) {
      if (candidate.text().equals(kindText)) {
        kind = candidate;
      }
    }
    if (kind == null) {
      throw bad(rule, "unknown fault '" + parts[0].strip()
          + "' (expected 500, 504, 504-after, 429, reset, reset-after or latency)");
    }
    if (parts.length < 2) {
      throw bad(rule, "'" + fault + "' needs a share of the calls, such as '" + kindText + ":10%'");
    }
    int retryAfter = 1;
    if (parts.length == 3 && kind == Kind.RATE_LIMIT_429 && parts[2].strip().startsWith("retry-after=")) {
      String seconds = parts[2].strip().substring("retry-after=".length());
      try {
        retryAfter = Integer.parseInt(seconds);
      } catch (NumberFormatException notANumber) {
        throw bad(rule, "retry-after must be whole seconds, got '" + seconds + "'");
      }
      if (retryAfter < 0) {
        throw bad(rule, "retry-after must not be negative, got " + retryAfter);
      }
    } else if (parts.length > 2) {
      throw bad(rule, "unexpected '" + fault + "' (only 429 takes a third part, retry-after=N)");
    }
    shares.add(new Share(kind, percent(rule, parts[1]), retryAfter));
  }

  private static double percent(String rule, String text) {
    String value = text.strip();
    if (!value.endsWith("%")) {
      throw bad(rule, "a share is a percentage such as '10%', got '" + value + "'");
    }
    double percent;
    try {
      percent = Double.parseDouble(value.substring(0, value.length() - 1));
    } catch (NumberFormatException notANumber) {
      throw bad(rule, "a share is a percentage such as '10%', got '" + value + "'");
    }
    if (!(percent > 0 && percent <= 100)) {
      throw bad(rule, "a share must be more than 0% and at most 100%, got '" + value + "'");
    }
    return percent;
  }

  private static Duration duration(String rule, String text) {
    try {
      if (text.endsWith("ms")) {
        return nonNegative(rule, Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2))));
      }
      if (text.endsWith("s")) {
        return nonNegative(rule, Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1))));
      }
    } catch (NumberFormatException notANumber) {
      // Falls through to the message below, which says what is expected.
    }
    throw bad(rule, "a latency is milliseconds or seconds, such as '200ms' or '2s', got '" + text + "'");
  }

  private static Duration nonNegative(String rule, Duration duration) {
    if (duration.isNegative()) {
      throw bad(rule, "a latency must not be negative");
    }
    return duration;
  }

  private static IllegalArgumentException bad(String rule, String why) {
    return new IllegalArgumentException("fault rule '" + rule + "': " + why);
  }

  static List<String> segmentsOf(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /**
   * Decides what befalls a call. Rules that match are taken in order: their latencies add up, and
   * the exclusive faults of all of them share one draw, so that at most one applies.
   */
  public Draw draw(String method, String path) {
    if (rules.isEmpty()) {
      return Draw.NONE;
    }
    Duration delay = Duration.ZERO;
    List<Share> shares = new ArrayList<>();
    boolean matched = false;
    synchronized (random) {
      for (Rule rule : rules) {
        if (!rule.matches(method, path)) {
          continue;
        }
        matched = true;
        for (Latency latency : rule.latencies()) {
          if (latency.percent() >= 100 || random.nextDouble() * 100 < latency.percent()) {
            delay = delay.plus(latency.delay());
          }
        }
        shares.addAll(rule.shares());
      }
      if (!matched || shares.isEmpty()) {
        return new Draw(delay, Optional.empty(), 0);
      }
      double roll = random.nextDouble() * 100;
      double upTo = 0;
      for (Share share : shares) {
        upTo += share.percent();
        if (roll < upTo) {
          return new Draw(delay, Optional.of(share.kind()), share.retryAfterSeconds());
        }
      }
    }
    return new Draw(delay, Optional.empty(), 0);
  }

  @Override
  public String toString() {
    return rules.isEmpty() ? "no faults" : String.join(";", rules.stream().map(Rule::text).toList());
  }
}
