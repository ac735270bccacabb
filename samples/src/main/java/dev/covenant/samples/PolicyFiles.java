package dev.covenant.samples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Expands the runner's FILE arguments: a directory stands for the {@code *.policy} files under it, sorted. */
final class PolicyFiles {
  private PolicyFiles() {}

  /** The files, or empty after printing why a directory could not be listed. */
  static Optional<List<Path>> expand(List<Path> arguments, PrintWriter err) {
    try {
      return Optional.of(expand(arguments));
    } catch (IOException e) {
      err.println("covenant: cannot list " + e.getMessage());
      return Optional.empty();
    }
  }

  private static List<Path> expand(List<Path> arguments) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        try (Stream<Path> walk = Files.walk(argument)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".policy") && Files.isRegularFile(p))
              .sorted()
              .forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else {
        files.add(argument);
      }
    }
    return files;
  }

  /** A one-line reason a file could not be read, without a stack trace. */
  static String describe(IOException e, Path file) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "cannot read " + file + ": no such file";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      return "cannot read " + file + ": permission denied";
    } else if (e instanceof java.nio.charset.MalformedInputException) {
      return "cannot read " + file + ": not UTF-8 text";
    }
    return "cannot read " + file + ": " + e.getMessage();
  }
}
