package dev.covenant.dsl.internal.format;

import dev.covenant.dsl.internal.parser.Comment;
import java.util.ArrayList;
import java.util.List;

/** The source's comments in order, handed out as the formatter reaches their places. */
final class CommentQueue {
  private final List<Comment> comments;
  private int next;

  CommentQueue(List<Comment> comments) {
    this.comments = new ArrayList<>(comments);
    this.comments.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
  }

  /** Removes and returns the comments that start before {@code offset}. */
  List<Comment> takeBefore(int offset) {
    List<Comment> taken = new ArrayList<>();
    while (next < comments.size() && comments.get(next).span().start() < offset) {
      taken.add(comments.get(next++));
    }
    return taken;
  }

  /** Removes and returns the comment on {@code line} that starts at or after {@code offset}, if it comes next. */
  Comment takeTrailing(int line, int offset) {
    if (next < comments.size()) {
      Comment candidate = comments.get(next);
      if (candidate.span().line() == line && candidate.span().start() >= offset) {
        next++;
        return candidate;
      }
    }
    return null;
  }

  /** The comments not yet taken that start in [{@code from}, {@code to}), left in the queue. */
  List<Comment> peekBetween(int from, int to) {
    List<Comment> between = new ArrayList<>();
    for (int i = next; i < comments.size() && comments.get(i).span().start() < to; i++) {
      if (comments.get(i).span().start() >= from) {
        between.add(comments.get(i));
      }
    }
    return between;
  }
}
