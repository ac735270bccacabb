package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/** The two JSON readers: one for the model (small texts only), one for original payloads (whole PDFs). */
final class Parsers {
  /**
   * No field the model reads needs more text than this. Jackson checks the limit only when it
   * decodes a text, so an invoice's {@code document}, which the model reader skips without
   * decoding, may be far longer; a reader that decoded it would fail on any real PDF.
   */
  static final int MODEL_MAX_TEXT = 1_000_000;

  /** An original payload carries its PDF, base64: this admits PDFs of some 380 MB. */
  static final int PAYLOAD_MAX_TEXT = 512 * 1024 * 1024;

  private static final JsonFactory MODEL = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MODEL_MAX_TEXT).build())
      // A second to_pay_amount in one invoice is ambiguous: which one would a policy see?
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // Whoever opened a stream closes it.
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  private static final JsonMapper PAYLOADS = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(PAYLOAD_MAX_TEXT).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build())
      // The payload goes back to Defacto as it came: no number may change on the way.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private Parsers() {}

  static JsonParser model(InputStream in) throws IOException {
    return MODEL.createParser(in);
  }

  static JsonParser model(String json) throws IOException {
    return MODEL.createParser(json);
  }

  static JsonParser payloads(InputStream in) throws IOException {
    return PAYLOADS.createParser(in);
  }

  static JsonMapper payloadMapper() {
    return PAYLOADS;
  }
}
