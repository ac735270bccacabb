package dev.covenant.core.internal.repository;

import dev.covenant.core.PolicyRepository.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The snapshot readers see, with what the next reload needs to know of each file. Immutable. */
public record RepositoryState(Snapshot snapshot, Map<Path, FileState> files) {

  public RepositoryState {
    files = Map.copyOf(files);
  }

  public static RepositoryState empty(Path directory) {
    return new RepositoryState(new Snapshot(directory, Map.of(), Map.of(), List.of()), Map.of());
  }

  Optional<FileState> file(Path file) {
    return Optional.ofNullable(files.get(file));
  }
}
