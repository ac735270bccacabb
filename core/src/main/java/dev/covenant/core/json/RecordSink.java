package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;

/** Builds one record from the fields of one JSON object, as the parser meets them. */
interface RecordSink<T> {
  /** Reads one field's value; the parser is on the value's first token and must be left on its last. */
  void field(String name, JsonCursor in) throws IOException;

  /** The record, once every field was read; {@code start} is where its object began, for errors. */
  T finish(JsonLocation start, JsonCursor in);

  /** A sink that skips every value undecoded and finishes with {@code result}. */
  static <T> RecordSink<T> skipping(T result) {
    return new RecordSink<>() {
      @Override
      public void field(String name, JsonCursor in) throws IOException {
        in.skip();
      }

      @Override
      public T finish(JsonLocation start, JsonCursor in) {
        return result;
      }
    };
  }
}
