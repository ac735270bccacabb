package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.core.DecisionInputs;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A borrower, its credit line and the line's availability after the reserve, found with one
 * hash look-up per invoice. Built lazily per {@link DecisionInputs}: each identifier is resolved
 * (and its reserve evaluated) once, however many invoices name it.
 */
final class BorrowerIndex {
  /** {@code identifier} is the borrower identifier as decisions carry it, made once. */
  record Entry(Optional<String> identifier, Borrower borrower, CreditLine creditLine, long availableAfterReserve) {}

  private static final Entry NONE = new Entry(Optional.empty(), null, null, MISSING);

  final DecisionInputs inputs;
  private final PolicyProgram program;
  /** The evaluation date when the inputs fix it; else it follows their clock. */
  private final long fixedToday;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  BorrowerIndex(DecisionInputs inputs, PolicyProgram program) {
    this.inputs = inputs;
    this.program = program;
    this.fixedToday = inputs.today().map(LocalDate::toEpochDay).orElse(MISSING);
  }

  long today() {
    return fixedToday != MISSING ? fixedToday : LocalDate.now(inputs.clock().withZone(program.days().zone())).toEpochDay();
  }

  Entry entry(String identifier) {
    if (identifier == null) {
      return NONE;
    }
    Entry entry = entries.get(identifier);
    if (entry == null) {
      CreditLine line = inputs.creditLines().get(identifier);
      entry = new Entry(Optional.of(identifier), inputs.borrowers().get(identifier), line, program.availableAfterReserve(line));
      entries.putIfAbsent(identifier, entry);
    }
    return entry;
  }
}
