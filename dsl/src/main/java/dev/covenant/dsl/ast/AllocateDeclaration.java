package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;

/** {@code allocate by key [ascending|descending], ...}: who gets a scarce credit line first. */
public record AllocateDeclaration(List<SortKey> keys, SourceSpan span) implements Declaration {
  public AllocateDeclaration {
    keys = List.copyOf(keys);
  }
}
