package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** Every AST node knows where it came from. */
public interface Node {
  SourceSpan span();
}
