package dev.covenant.defacto.internal.http;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** One page of a list endpoint: {@code {count, page_size, data, next_page, previous_page, total}}. */
record WirePage<T>(List<T> data, Optional<String> nextPage, OptionalLong total) {
  WirePage {
    data = data == null ? List.of() : data;
    nextPage = nextPage == null ? Optional.empty() : nextPage.filter(next -> !next.isBlank());
    total = total == null ? OptionalLong.empty() : total;
  }
}
