package dev.covenant.samples;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads an option such as {@code --today 2026-11-16}; anything else is a usage error that says what was expected. */
final class IsoDateConverter implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date YYYY-MM-DD (for example 2026-11-16)");
    }
  }
}
