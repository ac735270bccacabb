package dev.covenant.defacto.internal.http;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The query of a call, for Feign's {@code @QueryMap}: a list becomes one parameter per value. */
final class QueryParameters {
  private final Map<String, Object> values = new LinkedHashMap<>();

  QueryParameters add(String name, Collection<?> list) {
    if (!list.isEmpty()) {
      values.put(name, list.stream().map(String::valueOf).toList());
    }
    return this;
  }

  QueryParameters add(String name, Optional<?> value) {
    value.ifPresent(v -> values.put(name, String.valueOf(v)));
    return this;
  }

  QueryParameters add(String name, Object value) {
    values.put(name, String.valueOf(value));
    return this;
  }

  /** These parameters with a page's size and cursor. */
  Map<String, Object> page(int size, Optional<String> cursor) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put("page_size", String.valueOf(size));
    cursor.ifPresent(c -> copy.put("cursor", c));
    return copy;
  }

  Map<String, Object> toMap() {
    return new LinkedHashMap<>(values);
  }

  static <E extends Enum<E>> List<String> names(Collection<E> constants) {
    return constants.stream().map(Enum::name).toList();
  }
}
