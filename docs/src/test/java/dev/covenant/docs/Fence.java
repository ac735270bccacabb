package dev.covenant.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fenced code block of a Markdown file: its language, its {@code key=value} attributes, its
 * text, and the variables an HTML comment just above it gives ({@code <!-- given: Type name, ... -->}).
 *
 * @param line the 1-based line of the opening fence
 */
record Fence(Path file, int line, String language, Map<String, String> attributes, String text, List<String> given) {
  private static final Pattern GIVEN = Pattern.compile("^\\s*<!--\\s*given:\\s*(.*?)\\s*-->\\s*$");

  /** Where the block is, as an editor jumps to it. */
  String where() {
    return file + ":" + line;
  }

  Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  /** The fenced blocks of a Markdown text, in order; an unclosed fence ends at the end of the file. */
  static List<Fence> parse(Path file, String markdown) {
    List<Fence> fences = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String opening = lines[i].strip();
      if (!opening.startsWith("```")) {
        continue;
      }
      String info = opening.substring(3).strip();
      String[] words = info.isEmpty() ? new String[0] : info.split("\\s+");
      String language = words.length == 0 ? "" : words[0];
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String word : Arrays.asList(words).subList(Math.min(1, words.length), words.length)) {
        int equals = word.indexOf('=');
        attributes.put(equals < 0 ? word : word.substring(0, equals), equals < 0 ? "" : word.substring(equals + 1));
      }
      List<String> given = new ArrayList<>();
      if (i > 0) {
        Matcher matcher = GIVEN.matcher(lines[i - 1]);
        if (matcher.matches()) {
          for (String declaration : matcher.group(1).split(",")) {
            if (!declaration.isBlank()) {
              given.add(declaration.strip());
            }
          }
        }
      }
      StringBuilder text = new StringBuilder();
      int j = i + 1;
      while (j < lines.length && !lines[j].strip().equals("```")) {
        text.append(lines[j]).append('\n');
        j++;
      }
      fences.add(new Fence(file, i + 1, language, attributes, text.toString(), List.copyOf(given)));
      i = j;
    }
    return fences;
  }
}
