package dev.covenant.dsl.ast;

/** Order of an {@code allocate by} key; ascending when not written. */
public enum SortDirection {
  ASCENDING,
  DESCENDING;

  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
