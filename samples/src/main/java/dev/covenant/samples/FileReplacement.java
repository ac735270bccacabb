package dev.covenant.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file the runner produces beside its target, then moves it over the target: an
 * interrupted or failed run never leaves half a file, and the previous one stays until the new
 * one is complete.
 */
final class FileReplacement {
  private FileReplacement() {}

  /** What is written: the stream is buffered, and closed by the caller of this interface. */
  @FunctionalInterface
  interface Writing {
    void write(OutputStream out) throws IOException;
  }

  /**
   * @throws IOException from {@code writing} as it is; when the file itself cannot be written,
   *     with a message naming {@code target}: "cannot write x: ..."
   */
  static void write(Path target, Writing writing) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    if (!Files.isDirectory(parent)) {
      throw new IOException("cannot write " + target + ": no such directory " + parent);
    }
    // Named by hand rather than createTempFile, whose owner-only permissions the moved file would keep.
    Path temporary = parent.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(open(target, temporary), 1 << 16)) {
        writing.write(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileSystemException e) {
        throw cannotWrite(target, e);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static OutputStream open(Path target, Path temporary) throws IOException {
    try {
      return Files.newOutputStream(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (FileSystemException e) {
      throw cannotWrite(target, e);
    }
  }

  private static IOException cannotWrite(Path target, FileSystemException e) {
    String reason = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
    return new IOException("cannot write " + target + ": " + reason, e);
  }
}
