package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
  private final SinkFactory<T> sinks;
  private State state = State.START;
  private int index;

  /** Makes the sink of each record. */
  interface SinkFactory<T> {
    /**
     * @param index  the record's position in the input, from 0
     * @param offset the byte offset where its object starts (a wrapper's, for a wrapped record); -1 when unknown
     */
    RecordSink<T> sink(int index, long offset);
  }

  /** @param what the record's name in messages ("invoice") */
  RecordWalker(JsonCursor in, String what, Optional<String> wrapperField, SinkFactory<T> sinks) {
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

  /**
   * Reads the one record whose object starts at the parser's next token, as the record at
   * {@code position} of its input: for reading a record again from its byte offset.
   */
  T recordAt(int position) throws IOException {
    try {
      if (in.next() != JsonToken.START_OBJECT) {
        throw in.error("expected " + article(what) + " object here, got " + in.describe());
      }
      index = position;
      return object(false).orElseThrow();
    } catch (JsonProcessingException e) {
      throw InputException.fromJackson(in.source(), e, in.parser().currentLocation());
    }
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
    long offset = start.getByteOffset();
    RecordSink<T> sink = sinks.sink(index, offset);
    Optional<T> wrapped = Optional.empty();
    while (in.next() == JsonToken.FIELD_NAME) {
      String name = in.name();
      in.next();
      if (top && PAGE_ITEMS.equals(name) && in.token() == JsonToken.START_ARRAY && wrapped.isEmpty()) {
        state = State.PAGE;
        return Optional.empty();
      }
      if (wrapperField.isPresent() && wrapperField.get().equals(name)) {
        wrapped = Optional.of(unwrap(name, offset));
      } else {
        sink.field(name, in);
      }
    }
    T record = wrapped.isPresent() ? wrapped.get() : sink.finish(start, in);
    index++;
    return Optional.of(record);
  }

  private T unwrap(String field, long wrapperOffset) throws IOException {
    if (!in.objectOrNull(field)) {
      throw in.error(field + " must be an object, got null");
    }
    JsonLocation start = in.location();
    RecordSink<T> sink = sinks.sink(index, wrapperOffset);
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
