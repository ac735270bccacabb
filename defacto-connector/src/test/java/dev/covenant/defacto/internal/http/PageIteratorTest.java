package dev.covenant.defacto.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
