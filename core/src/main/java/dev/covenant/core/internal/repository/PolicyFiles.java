package dev.covenant.core.internal.repository;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Which files of a directory are policies: regular {@code *.policy} files directly in it, not hidden. */
final class PolicyFiles {
  private PolicyFiles() {
  }

  /** The policy files, sorted by file name so that the first of two files declaring one name is always the same. */
  static List<Path> list(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        if (isPolicyName(entry.getFileName().toString()) && Files.isRegularFile(entry)) {
          files.add(entry);
        }
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    files.sort(Comparator.comparing(file -> file.getFileName().toString()));
    return files;
  }

  static boolean isPolicyName(String fileName) {
    // Editors keep hidden companions beside the file being edited (Emacs' .#name locks, .name.swp).
    return fileName.endsWith(".policy") && !fileName.startsWith(".");
  }
}
