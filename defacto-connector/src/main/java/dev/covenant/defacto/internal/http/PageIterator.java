package dev.covenant.defacto.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a cursor-paginated list, one page fetched at a time and only when the previous one
 * has been read.
 */
final class PageIterator<T> implements Iterator<T> {
  private final Function<Optional<String>, WirePage<T>> fetch;
  private Iterator<T> page = Collections.emptyIterator();
  private Optional<String> cursor = Optional.empty();
  /** The cursors already fetched: one string per page, so that a loop of any length ends. */
  private final Set<String> fetched = new HashSet<>();
  private boolean lastPage;

  /** @param fetch the page at a cursor (empty: the first page) */
  PageIterator(Function<Optional<String>, WirePage<T>> fetch) {
    this.fetch = fetch;
  }

  static <T> Stream<T> stream(Function<Optional<String>, WirePage<T>> fetch) {
    Iterator<T> items = new PageIterator<>(fetch);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (!page.hasNext()) {
      if (lastPage) {
        return false;
      }
      WirePage<T> next = fetch.apply(cursor);
      cursor.ifPresent(fetched::add);
      page = next.data().iterator();
      Optional<String> following = next.nextPage().map(PageIterator::cursorOf);
      // A server that leads back to a cursor already read (the one it was given, or one of
      // several pages before) would otherwise be read forever.
      lastPage = following.isEmpty() || fetched.contains(following.get());
      cursor = following;
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.next();
  }

  /** {@code next_page} is the next cursor, or a URL that carries it as its {@code cursor} parameter. */
  static String cursorOf(String nextPage) {
    int query = nextPage.indexOf('?');
    if (query < 0) {
      return nextPage;
    }
    for (String pair : nextPage.substring(query + 1).split("&")) {
      if (pair.startsWith("cursor=")) {
        return URLDecoder.decode(pair.substring("cursor=".length()), StandardCharsets.UTF_8);
      }
    }
    return nextPage;
  }
}
