package dev.covenant.dsl.internal.checker;

import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.Reference;
import dev.covenant.dsl.types.Symbol;
import dev.covenant.dsl.types.Type;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** The checker's findings per node, keyed by identity: equal-looking nodes at two places are two entries. */
public final class TypeTable {
  private final Map<Expr, Type> types = new IdentityHashMap<>();
  private final Map<Reference, Symbol> symbols = new IdentityHashMap<>();

  void type(Expr expr, Type type) {
    types.put(expr, type);
  }

  void symbol(Reference reference, Symbol symbol) {
    symbols.put(reference, symbol);
  }

  public Optional<Type> typeOf(Expr expr) {
    return Optional.ofNullable(types.get(expr));
  }

  public Optional<Symbol> symbolOf(Reference reference) {
    return Optional.ofNullable(symbols.get(reference));
  }
}
