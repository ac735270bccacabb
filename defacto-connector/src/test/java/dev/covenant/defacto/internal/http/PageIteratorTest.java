package dev.covenant.defacto.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PageIteratorTest {
  @Test
  void takesTheCursorOutOfANextPageUrl() {
    assertThat(PageIterator.cursorOf("https://api.example/loans?page_size=2&cursor=abc%3D%3D")).isEqualTo("abc==");
  }

  @Test
  void takesAPlainNextPageAsTheCursor() {
    assertThat(PageIterator.cursorOf("eyJpZCI6IDQyfQ")).isEqualTo("eyJpZCI6IDQyfQ");
  }

  @Test
  void stopsWhenTheServerHandsBackTheSameCursor() {
    int[] fetches = {0};
    PageIterator<String> items = new PageIterator<>(cursor -> {
      fetches[0]++;
      return new WirePage<>(List.of("item"), Optional.of("same"), OptionalLong.empty());
    });

    int count = 0;
    while (items.hasNext()) {
      items.next();
      count++;
    }

    assertThat(count).isEqualTo(2);
    assertThat(fetches[0]).isEqualTo(2);
  }

  @Test
  void stopsWhenTheServerLeadsBackToACursorAlreadyRead() {
    // c1 -> c2 -> c1: not the cursor just given, but one read before; followed, it never ends.
    Map<Optional<String>, WirePage<String>> pages = Map.of(
        Optional.empty(), new WirePage<>(List.of("a"), Optional.of("c1"), OptionalLong.empty()),
        Optional.of("c1"), new WirePage<>(List.of("b"), Optional.of("c2"), OptionalLong.empty()),
        Optional.of("c2"), new WirePage<>(List.of("c"), Optional.of("c1"), OptionalLong.empty()));
    int[] fetches = {0};
    PageIterator<String> items = new PageIterator<>(cursor -> {
      fetches[0]++;
      return pages.get(cursor);
    });

    List<String> read = new ArrayList<>();
    for (int guard = 0; guard < 100 && items.hasNext(); guard++) {
      read.add(items.next());
    }

    assertThat(read).containsExactly("a", "b", "c");
    assertThat(fetches[0]).isEqualTo(3);
  }

  @Test
  void skipsEmptyPagesThatStillPointFurther() {
    List<WirePage<String>> pages = List.of(
        new WirePage<>(List.of(), Optional.of("c2"), OptionalLong.empty()),
        new WirePage<>(List.of("last"), Optional.empty(), OptionalLong.empty()));
    int[] next = {0};
    PageIterator<String> items = new PageIterator<>(cursor -> pages.get(next[0]++));

    assertThat(items.hasNext()).isTrue();
    assertThat(items.next()).isEqualTo("last");
    assertThat(items.hasNext()).isFalse();
  }
}
