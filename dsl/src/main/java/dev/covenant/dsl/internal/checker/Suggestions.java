package dev.covenant.dsl.internal.checker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest candidate by edit distance, when it is close enough to be a typo. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<String> closest(String written, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(1, Math.min(3, written.length() / 3));
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - written.length()) > allowed) {
        continue;
      }
      int distance = distance(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** The suffix diagnostics append: {@code " (did you mean X?)"} or nothing. */
  public static String didYouMean(String written, Collection<String> candidates) {
    return closest(written, candidates).map(s -> " (did you mean " + s + "?)").orElse("");
  }

  /**
   * For dotted field paths: the closest path when one is a typo away; otherwise the fields whose
   * last segment contains a word a typo away from the last segment written, so {@code invoice.amout}
   * suggests the invoice's amounts rather than nothing.
   */
  public static String didYouMeanField(String written, Collection<String> paths) {
    Optional<String> closest = closest(written, paths);
    if (closest.isPresent()) {
      return " (did you mean " + closest.get() + "?)";
    }
    String lastWritten = written.substring(written.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String parent = written.substring(0, Math.max(0, written.lastIndexOf('.')));
    List<String> matches = new ArrayList<>();
    for (String path : paths) {
      String last = path.substring(path.lastIndexOf('.') + 1);
      boolean sameParent = path.substring(0, Math.max(0, path.lastIndexOf('.'))).equals(parent);
      if (sameParent && lastWritten.length() >= 4 && Arrays.stream(last.split("_"))
          .anyMatch(word -> word.length() >= 4 && distance(lastWritten, word) <= 1)) {
        matches.add(path);
      }
    }
    if (matches.isEmpty()) {
      return "";
    }
    if (matches.size() == 1) {
      return " (did you mean " + matches.get(0) + "?)";
    }
    return " (did you mean one of " + String.join(", ", matches) + "?)";
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. Callers compare lower-cased text so a wrong case alone is always suggested. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
