package dev.covenant.dsl.internal.checker;

import dev.covenant.dsl.ast.LetDeclaration;
import dev.covenant.dsl.types.Field;
import dev.covenant.dsl.types.Type;
import java.util.HashSet;
import java.util.Set;

/** What the checker knows of one let while it walks the policy in source order. */
final class LetInfo {
  final LetDeclaration declaration;
  Type type = Type.UNKNOWN;
  boolean checked;
  boolean used;
  /** The fields the let's value reads, directly or through other lets. */
  final Set<Field> fields = new HashSet<>();

  LetInfo(LetDeclaration declaration) {
    this.declaration = declaration;
  }
}
