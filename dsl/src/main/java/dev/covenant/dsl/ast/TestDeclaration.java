package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;

/** {@code test "name" { given ... expect ... }}: an example the policy must satisfy. */
public record TestDeclaration(String name, List<TestStatement> statements, SourceSpan span) implements Declaration {
  public TestDeclaration {
    statements = List.copyOf(statements);
  }
}
