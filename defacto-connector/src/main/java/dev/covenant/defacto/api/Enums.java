package dev.covenant.defacto.api;

import java.util.Locale;

/** Lenient enum reading, so that a value Defacto adds later does not fail a whole response. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E fromWire(Class<E> type, String value, E unknown) {
    if (value == null) {
      return unknown;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException notKnown) {
      return unknown;
    }
  }
}
