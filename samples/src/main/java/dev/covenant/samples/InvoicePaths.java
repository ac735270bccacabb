package dev.covenant.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Expands {@code --invoices PATH...}: a directory stands for the {@code *.json} files under it, sorted. */
final class InvoicePaths {
  private InvoicePaths() {}

  /**
   * The invoice files, in the order given, each directory's files sorted by path. Files given as
   * other inputs (the borrowers and credit lines, those of them given) are left out, so they can
   * sit next to the invoices.
   *
   * @param otherInputs the other input files of the command; an option not given is null
   */
  static List<Path> expand(List<Path> arguments, Path... otherInputs) throws IOException {
    List<Path> others = Stream.of(otherInputs).filter(Objects::nonNull).toList();
    List<Path> files = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        try (Stream<Path> walk = Files.walk(argument)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
              .filter(p -> others.stream().noneMatch(other -> same(p, other)))
              .sorted()
              .forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else if (!Files.isRegularFile(argument)) {
        throw new NoSuchFileException(argument.toString());
      } else {
        files.add(argument);
      }
    }
    return files;
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
