package dev.covenant.core.internal.engine;

import java.util.Optional;

/** A text or enum value; null when missing. */
abstract class TextNode extends Node {
  /** Texts are shown quoted, enum values bare. */
  final boolean quoted;

  TextNode(String text, boolean quoted) {
    super(text);
    this.quoted = quoted;
  }

  abstract String eval(Env e);

  @Override
  Optional<String> display(Env e) {
    String value = eval(e);
    return value == null ? Optional.empty() : Optional.of(quoted ? "\"" + value + "\"" : value);
  }

  @Override
  Object boxed(Env e) {
    return eval(e);
  }
}
