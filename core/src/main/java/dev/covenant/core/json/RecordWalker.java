package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Walks the shapes Defacto's JSON comes in, one record at a time: one object, an array of
 * objects, or a page {@code {"data": [...], ...}}; and, when a wrapper field is named, objects
 * wrapping the record in that field (the sandbox generator's {@code invoice_creation_payload}).
 * Only the current record's fields pass through the parser at any time, so memory does not grow
 * with the input.
 *
 * <p>A top-level object is a page if it has a {@code data} array, a wrapper if it has the wrapper
 * field, a record otherwise; its fields are offered to a record sink as they come, since which it
 * is shows only once the deciding field is met.
 */
final class RecordWalker<T> {
  private static final String PAGE_ITEMS = "data";

  private enum State { START, ARRAY, PAGE, DONE }

  private final JsonCursor in;
  private final String what;
  private final Optional<String> wrapperField;
  private final IntFunction<RecordSink<T>> sinks;
  private State state = State.START;
  private int index;

  /**
   * @param what   the record's name in messages ("invoice")
   * @param sinks  a sink per record, by the record's position in the input from 0
   */
  RecordWalker(JsonCursor in, String what, Optional<String> wrapperField, IntFunction<RecordSink<T>> sinks) {
    this.in = in;
    this.what = what;
    this.wrapperField = wrapperField;
    this.sinks = sinks;
  }

  /** Reads every record to the end of the input. */
  List<T> readAll() throws IOException {
    List<T> records = new ArrayList<>();
    for (Optional<T> record = next(); record.isPresent(); record = next()) {
      records.add(record.get());
    }
    return records;
  }

  /** The next record, or empty at the end of the input; the walk ends after any error. */
  Optional<T> next() throws IOException {
    try {
      return advance();
    } catch (JsonProcessingException e) {
      state = State.DONE;
      throw InputException.fromJackson(in.source(), e, in.parser().currentLocation());
    } catch (IOException | RuntimeException e) {
      state = State.DONE;
      throw e;
    }
  }

  private Optional<T> advance() throws IOException {
    if (state == State.START) {
      JsonToken first = in.next();
      if (first == JsonToken.START_OBJECT) {
        Optional<T> single = object(true);
        if (single.isPresent()) {
          endOfInput();
          return single;
        }
      } else if (first == JsonToken.START_ARRAY) {
        state = State.ARRAY;
      } else {
        throw InputException.at(in.source(), first == null ? in.parser().currentLocation() : in.location(),
            "expected " + article(what) + " object, an array or a page {\"data\": [...]}, got " + in.describe());
      }
    }
    if (state == State.DONE) {
      return Optional.empty();
    }
    if (in.next() == JsonToken.END_ARRAY) {
      if (state == State.PAGE) {
        in.fields(name -> in.skip());
      }
      endOfInput();
      return Optional.empty();
    }
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.error("expected " + article(what) + " object, got " + in.describe());
    }
    return object(false);
  }

  /**
   * Reads the object whose start is current as a record, or as a wrapper of one. At the top, an
   * object with a {@code data} array is a page instead: this returns empty, with the parser on the
   * array's start, and the walk goes on through the page's items.
   */
  private Optional<T> object(boolean top) throws IOException {
    JsonLocation start = in.location();
    RecordSink<T> sink = sinks.apply(index);
    Optional<T> wrapped = Optional.empty();
    while (in.next() == JsonToken.FIELD_NAME) {
      String name = in.name();
      in.next();
      if (top && PAGE_ITEMS.equals(name) && in.token() == JsonToken.START_ARRAY && wrapped.isEmpty()) {
        state = State.PAGE;
        return Optional.empty();
      }
      if (wrapperField.isPresent() && wrapperField.get().equals(name)) {
        wrapped = Optional.of(unwrap(name));
      } else {
        sink.field(name, in);
      }
    }
    T record = wrapped.isPresent() ? wrapped.get() : sink.finish(start, in);
    index++;
    return Optional.of(record);
  }

  private T unwrap(String field) throws IOException {
    if (!in.objectOrNull(field)) {
      throw in.error(field + " must be an object, got null");
    }
    JsonLocation start = in.location();
    RecordSink<T> sink = sinks.apply(index);
    in.fields(name -> sink.field(name, in));
    return sink.finish(start, in);
  }

  private void endOfInput() throws IOException {
    state = State.DONE;
    if (in.next() != null) {
      throw in.error("unexpected content after the JSON value: " + in.describe());
    }
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " + noun : "a " + noun;
  }
}
