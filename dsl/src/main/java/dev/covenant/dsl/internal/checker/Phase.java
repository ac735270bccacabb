package dev.covenant.dsl.internal.checker;

import dev.covenant.dsl.types.Field;
import dev.covenant.dsl.types.Root;
import java.util.EnumSet;
import java.util.Set;

/** Where an expression is evaluated, and so which inputs exist there. */
enum Phase {
  FINANCE("finance rules", EnumSet.of(Root.INVOICE, Root.BORROWER, Root.CREDIT_LINE, Root.EXPOSURE)),
  VALIDATE("validate rules", EnumSet.of(Root.LOAN, Root.BORROWER, Root.CREDIT_LINE)),
  RESERVE("reserve", EnumSet.of(Root.CREDIT_LINE)),
  ALLOCATE("allocate by", EnumSet.of(Root.INVOICE)),
  /** Let bodies: checked once, where written; each use checks the inputs the let reads. */
  LET("let", EnumSet.allOf(Root.class)),
  /** Values in a test's given: literals and lets of literals only. */
  GIVEN("test values", EnumSet.noneOf(Root.class));

  private final String description;
  private final Set<Root> roots;

  Phase(String description, Set<Root> roots) {
    this.description = description;
    this.roots = roots;
  }

  String description() {
    return description;
  }

  boolean allows(Root root) {
    return roots.contains(root);
  }

  /** {@code credit_line.available} depends on the batch being decided: only finance rules see it. */
  boolean allows(Field field) {
    if (field == Field.CREDIT_LINE_AVAILABLE) {
      return this == FINANCE || this == LET;
    }
    return allows(field.root());
  }
}
