package dev.covenant.dsl.types;

import dev.covenant.dsl.ast.LetDeclaration;
import java.util.Optional;

/** What a {@link dev.covenant.dsl.ast.Reference} resolved to. */
public sealed interface Symbol {

  /** A field of an input; {@code key} is the metadata key for {@code invoice.metadata.<key>}. */
  record FieldSymbol(Field field, Optional<String> key) implements Symbol {}

  /** A {@code let}. */
  record LetSymbol(LetDeclaration declaration) implements Symbol {}

  /** A bare enum value such as {@code EUR} or {@code READY}. */
  record EnumValue(EnumDomain domain, String value) implements Symbol {}
}
