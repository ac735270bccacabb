package dev.covenant.dsl;

import dev.covenant.dsl.ast.BorrowerDeclaration;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.Policy;
import dev.covenant.dsl.ast.Reference;
import dev.covenant.dsl.ast.TimezoneDeclaration;
import dev.covenant.dsl.internal.checker.TypeTable;
import dev.covenant.dsl.types.Symbol;
import dev.covenant.dsl.types.Type;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A policy without errors: its AST, with every expression typed and every reference resolved.
 * What the engine compiles. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * CheckedPolicy policy = PolicyCompiler.create().compile(source).policy().orElseThrow();
 * Type type = policy.typeOf(rule.condition());   // Type.Bool
 * }</pre>
 */
public final class CheckedPolicy {
  private final PolicySource source;
  private final Policy ast;
  private final TypeTable table;

  CheckedPolicy(PolicySource source, Policy ast, TypeTable table) {
    this.source = source;
    this.ast = ast;
    this.table = table;
  }

  public PolicySource source() {
    return source;
  }

  public Policy ast() {
    return ast;
  }

  /** The policy's {@code timezone}, UTC when it has none. */
  public ZoneId zone() {
    return ast.declarations(TimezoneDeclaration.class).stream().findFirst()
        .<ZoneId>map(t -> ZoneId.of(t.zone())).orElse(ZoneOffset.UTC);
  }

  /** Whose credit line finances an invoice; the seller when the policy does not say. */
  public BorrowerParty borrowerParty() {
    return ast.declarations(BorrowerDeclaration.class).stream().findFirst()
        .map(b -> b.party().dotted().equals("invoice.buyer") ? BorrowerParty.BUYER : BorrowerParty.SELLER)
        .orElse(BorrowerParty.SELLER);
  }

  /**
   * The checked type of an expression of this policy's AST.
   *
   * @throws IllegalArgumentException if {@code expr} is not a node of this policy
   */
  public Type typeOf(Expr expr) {
    return table.typeOf(expr).orElseThrow(() -> new IllegalArgumentException("not an expression of this policy: " + expr));
  }

  /**
   * What a reference of this policy's AST resolved to: a field, a let or an enum value.
   *
   * @throws IllegalArgumentException if {@code reference} is not a node of this policy
   */
  public Symbol symbolOf(Reference reference) {
    return table.symbolOf(reference)
        .orElseThrow(() -> new IllegalArgumentException("not a reference of this policy: " + reference));
  }

  @Override
  public String toString() {
    return "CheckedPolicy[" + ast.name() + " from " + source.name() + "]";
  }
}
