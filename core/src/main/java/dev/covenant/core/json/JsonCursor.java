package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A JSON parser and the name of what it reads, with typed reads of the current value that fail
 * with an {@link InputException} at the value's position.
 */
final class JsonCursor {
  /** Reads one field's value; the parser is on the value's first token and is left on its last. */
  @FunctionalInterface
  interface FieldReader {
    void read(String name) throws IOException;
  }

  private final JsonParser parser;
  private final String source;

  JsonCursor(JsonParser parser, String source) {
    this.parser = parser;
    this.source = source;
  }

  JsonParser parser() {
    return parser;
  }

  String source() {
    return source;
  }

  JsonToken next() throws IOException {
    return parser.nextToken();
  }

  JsonToken token() {
    return parser.currentToken();
  }

  String name() throws IOException {
    return parser.currentName();
  }

  JsonLocation location() {
    return parser.currentTokenLocation();
  }

  /** Skips the current value, with everything it contains; a text value is skipped undecoded. */
  void skip() throws IOException {
    parser.skipChildren();
  }

  InputException error(String message) {
    return InputException.at(source, location(), message);
  }

  /** Reads every field of the object whose start is the current token, up to its end. */
  void fields(FieldReader reader) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      reader.read(name);
    }
  }

  /** The identity in one field of the object at the cursor ({@code borrower.identifier}); empty for null. */
  Optional<String> nestedIdentity(String field, String inner) throws IOException {
    if (!objectOrNull(field)) {
      return Optional.empty();
    }
    Optional<String> found = Optional.empty();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (name.equals(inner)) {
        found = identity(field + "." + inner);
      } else {
        skip();
      }
    }
    return found;
  }

  /** True on an object's start, false on null; anything else is an error. */
  boolean objectOrNull(String field) throws IOException {
    if (token() == JsonToken.VALUE_NULL) {
      return false;
    }
    if (token() != JsonToken.START_OBJECT) {
      throw error(field + " must be an object, got " + describe());
    }
    return true;
  }

  Optional<String> text(String field) throws IOException {
    if (token() == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (token() != JsonToken.VALUE_STRING) {
      throw error(field + " must be text, got " + describe());
    }
    return Optional.of(parser.getText());
  }

  /** Text that, when given, must not be empty: an identity. */
  Optional<String> identity(String field) throws IOException {
    Optional<String> value = text(field);
    if (value.isPresent() && value.get().isBlank()) {
      throw error(field + " must not be empty");
    }
    return value;
  }

  /** An id: Defacto's are UUID texts, but a few schemas leave the type open, so integers are kept as text. */
  Optional<String> id(String field) throws IOException {
    if (token() == JsonToken.VALUE_NUMBER_INT) {
      return Optional.of(parser.getText());
    }
    return identity(field);
  }

  /** An amount in minor units: a non-negative JSON integer. */
  OptionalLong cents(String field) throws IOException {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NULL) {
      return OptionalLong.empty();
    }
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw error(field + " must be a whole number of cents, got " + describe());
    }
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw error(field + " is out of range, got " + parser.getText());
    }
    long value = parser.getLongValue();
    if (value < 0) {
      throw error(field + " must not be negative, got " + value);
    }
    return OptionalLong.of(value);
  }

  /** An exact decimal, never through a double: a JSON number, or a number written as text. */
  Optional<BigDecimal> decimal(String field) throws IOException {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return Optional.of(parser.getDecimalValue());
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return Optional.of(new BigDecimal(parser.getText().trim()));
      } catch (NumberFormatException notANumber) {
        throw error(field + " must be a number, got " + describe());
      }
    }
    throw error(field + " must be a number, got " + describe());
  }

  /** An ISO 4217 code; empty when null, so that the caller's default applies. */
  Optional<String> currency(String field) throws IOException {
    Optional<String> code = text(field);
    if (code.isPresent()) {
      try {
        Currency.getInstance(code.get());
      } catch (IllegalArgumentException unknown) {
        throw error("unknown currency \"" + code.get() + "\" (expected an ISO 4217 code such as EUR or GBP)");
      }
    }
    return code;
  }

  /** An ISO-8601 date-time with an offset, or a plain date, taken as midnight UTC. */
  Optional<OffsetDateTime> dateTime(String field) throws IOException {
    if (token() == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (token() == JsonToken.VALUE_STRING) {
      String value = parser.getText();
      try {
        return Optional.of(OffsetDateTime.parse(value));
      } catch (DateTimeParseException notADateTime) {
        try {
          return Optional.of(LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
          // reported below, as for any other value
        }
      }
    }
    throw error(field + " must be an ISO-8601 date-time with an offset, such as 2026-11-01T09:30:00+01:00,"
        + " or a date, such as 2026-11-01; got " + describe());
  }

  /** The current value in a few words, for messages; long texts are shortened. */
  String describe() throws IOException {
    JsonToken token = token();
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case VALUE_STRING:
        String text = parser.getText();
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getText();
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        return token.asString();
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return token.name();
    }
  }
}
