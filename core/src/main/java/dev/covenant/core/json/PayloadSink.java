package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Keeps an invoice's payload whole, {@code document} included, as the loan request must send it. */
final class PayloadSink implements RecordSink<ObjectNode> {
  private final JsonMapper mapper;
  private final ObjectNode payload;

  PayloadSink(JsonMapper mapper) {
    this.mapper = mapper;
    this.payload = mapper.createObjectNode();
  }

  @Override
  public void field(String name, JsonCursor in) throws IOException {
    JsonNode value = mapper.readTree(in.parser());
    payload.set(name, value == null ? NullNode.getInstance() : value);
  }

  @Override
  public ObjectNode finish(JsonLocation start, JsonCursor in) {
    return payload;
  }
}
