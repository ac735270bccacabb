package dev.covenant.defacto.internal.http;

import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** JSON through Jackson, except {@code GET /hello}'s plain-text greeting. */
final class DefactoDecoder implements Decoder {
  private final Decoder json;

  DefactoDecoder(Decoder json) {
    this.json = json;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type != String.class) {
      return json.decode(response, type);
    }
    if (response.body() == null) {
      return "";
    }
    try (Reader reader = response.body().asReader(StandardCharsets.UTF_8)) {
      return Util.toString(reader).strip();
    }
  }
}
