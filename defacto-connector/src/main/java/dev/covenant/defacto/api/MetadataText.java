package dev.covenant.defacto.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Defacto's free-form {@code metadata} object as text by key: a text value as it is, any
 * other value (number, boolean, null, object, array) as its JSON text, so that no value another
 * client stored can make a loan unreadable. Anything but an object reads as no metadata.
 */
final class MetadataText extends JsonDeserializer<Map<String, String>> {
  @Override
  public Map<String, String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    Map<String, String> metadata = new LinkedHashMap<>();
    if (!parser.isExpectedStartObjectToken()) {
      parser.skipChildren();
      return metadata;
    }
    for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        metadata.put(key, context.readTree(parser).toString());
      } else {
        // A scalar's text as written: a string's content, or a number, true, false or null as sent.
        metadata.put(key, parser.getText());
      }
    }
    return metadata;
  }

  @Override
  public Map<String, String> getNullValue(DeserializationContext context) {
    return Map.of();
  }
}
