package dev.covenant.core.internal.repository;

import dev.covenant.core.internal.Sha256;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.LoadResult;
import dev.covenant.core.PolicyRepository;
import dev.covenant.core.PolicyRepository.Problem.Kind;
import dev.covenant.dsl.Diagnostic;
import dev.covenant.dsl.PolicySource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and compiles one policy file, never throwing: what goes wrong becomes a failed attempt. */
final class PolicyFileLoader {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyRepository.class);
  /** Far above what the compiler accepts by default; keeps a stray huge file from filling the heap. */
  static final long MAX_FILE_BYTES = 16L << 20;

  private final CompilationCache cache;

  PolicyFileLoader(CompilationCache cache) {
    this.cache = cache;
  }

  /** The attempt for {@code file}; empty when the file vanished since the directory was listed. */
  Optional<Attempt> load(Path file, Optional<FileState> before) {
    PolicySource source;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return Optional.of(Attempt.failed(file, Optional.empty(), Kind.UNREADABLE,
            "is too large to be a policy (" + size + " bytes; at most " + MAX_FILE_BYTES + " are read)", Optional.empty()));
      }
      source = PolicySource.read(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(Attempt.failed(file, Optional.empty(), Kind.UNREADABLE, "cannot be read: " + describe(e), Optional.empty()));
    }
    String sha256 = Sha256.of(source.text());
    Optional<CompiledPolicy> same = before.flatMap(FileState::serving).filter(policy -> policy.sha256().equals(sha256));
    if (same.isPresent()) {
      // The cache may have evicted it, but the text is what the file already serves.
      return Optional.of(Attempt.compiled(file, sha256, same.get()));
    }
    LoadResult result;
    try {
      result = cache.load(source, sha256);
    } catch (RuntimeException e) {
      LOG.error("compiling {} failed unexpectedly", file, e);
      return Optional.of(Attempt.failed(file, Optional.of(sha256), Kind.INTERNAL_ERROR,
          "could not be compiled: " + e.getClass().getName() + " (a bug in Covenant; see the log)", Optional.empty()));
    }
    if (!before.flatMap(FileState::sha256).equals(Optional.of(sha256))) {
      for (Diagnostic warning : result.compilation().warnings()) {
        LOG.warn("{}", warning.headline(source.name()));
      }
    }
    if (result.policy().isPresent()) {
      return Optional.of(Attempt.compiled(file, sha256, result.policy().get()));
    }
    int errors = result.compilation().errors().size();
    return Optional.of(Attempt.failed(file, Optional.of(sha256), Kind.INVALID,
        "does not compile (" + errors + (errors == 1 ? " error)" : " errors)"), Optional.of(result.compilation())));
  }

  static String describe(IOException e) {
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
